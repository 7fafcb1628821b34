namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// Depth-first walk over an AST in source order. Override <see cref="Enter"/> (return false to skip
/// a node's children) and <see cref="Leave"/>; <see cref="Ancestors"/> holds the path from the root to
/// the current node's parent while inside them.
/// </summary>
public abstract class SyntaxWalker
{
    private readonly List<ISyntaxNode> _ancestors = [];

    /// <summary>The nodes from the root down to the parent of the node being entered or left.</summary>
    protected IReadOnlyList<ISyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the node being entered or left, or null at the root.</summary>
    protected ISyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>Walks <paramref name="node"/> and its descendants; throws <see cref="InsufficientExecutionStackException"/> rather than overflowing on absurd depth.</summary>
    public void Walk(ISyntaxNode node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (Enter(node))
        {
            _ancestors.Add(node);
            foreach (var child in node.GetNodes())
            {
                Walk(child);
            }

            _ancestors.RemoveAt(_ancestors.Count - 1);
        }

        Leave(node);
    }

    /// <summary>Called before a node's children; return false to skip them (<see cref="Leave"/> is still called).</summary>
    protected virtual bool Enter(ISyntaxNode node) => true;

    protected virtual void Leave(ISyntaxNode node)
    {
    }
}
