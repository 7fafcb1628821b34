namespace WorkflowHub.GraphQL.Language;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode(NameNode name, Location location = default) : SyntaxNode(location), ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public NameNode Name { get; } = name;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
    }
}
