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

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var node in Arguments)
        {
            yield return node;
        }

        yield return Type;

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
