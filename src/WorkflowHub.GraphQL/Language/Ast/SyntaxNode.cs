namespace WorkflowHub.GraphQL.Language;

/// <summary>Any node of the GraphQL abstract syntax tree.</summary>
public interface ISyntaxNode
{
    SyntaxKind Kind { get; }

    /// <summary>Where the node is in its source; <c>default</c> for nodes made in code.</summary>
    Location Location { get; }

    /// <summary>The child nodes in source order (names, values, types, nested definitions).</summary>
    IEnumerable<ISyntaxNode> GetNodes();
}

/// <summary>
/// Base of every AST node. Nodes are immutable; <see cref="ToString"/> prints the node
/// the way graphql-js <c>print</c> does.
/// </summary>
public abstract class SyntaxNode(Location location) : ISyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    public Location Location { get; } = location;

    public virtual IEnumerable<ISyntaxNode> GetNodes() => [];

    public override string ToString() => AstPrinter.Print(this);
}
