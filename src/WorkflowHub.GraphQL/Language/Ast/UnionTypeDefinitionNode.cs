namespace WorkflowHub.GraphQL.Language;

/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location location = default) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

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
