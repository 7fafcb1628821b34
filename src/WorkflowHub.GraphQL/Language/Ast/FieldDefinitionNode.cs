namespace WorkflowHub.GraphQL.Language;

/// <summary>A field of an object or interface type definition.</summary>
public sealed class FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, ITypeNode @type, IReadOnlyList<DirectiveNode> directives, Location location = default) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public ITypeNode Type { get; } = @type;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
