namespace WorkflowHub.GraphQL.Language;

/// <summary><c>extend union Name ...</c>.</summary>
public sealed class UnionTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location location = default) : SyntaxNode(location), ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Types)
        {
            yield return node;
        }
    }
}
