namespace WorkflowHub.GraphQL.Language;

/// <summary><c>interface Name implements I @directives { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, Location location = default) : SyntaxNode(location), ITypeDefinitionNode, IComplexTypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
