namespace WorkflowHub.GraphQL.Language;

/// <summary><c>extend type Name ...</c>.</summary>
public sealed class ObjectTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location location = default) : SyntaxNode(location), ITypeExtensionNode, IComplexTypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Interfaces)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Fields)
        {
            yield return node;
        }
    }
}
