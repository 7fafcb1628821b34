namespace WorkflowHub.GraphQL.Language;

/// <summary><c>{ selections }</c>.</summary>
public sealed class SelectionSetNode(IReadOnlyList<ISelectionNode> selections, Location location = default) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public IReadOnlyList<ISelectionNode> Selections { get; } = selections;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Selections)
        {
            yield return node;
        }
    }
}
