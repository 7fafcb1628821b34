namespace WorkflowHub.GraphQL.Language;

/// <summary><c>type Name implements I &amp; J @directives { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location location = default) : SyntaxNode(location), ITypeDefinitionNode, IComplexTypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

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
