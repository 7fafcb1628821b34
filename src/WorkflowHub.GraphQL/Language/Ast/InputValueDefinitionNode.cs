namespace WorkflowHub.GraphQL.Language;

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode(StringValueNode? description, NameNode name, ITypeNode @type, IValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location location = default) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public ITypeNode Type { get; } = @type;
    public IValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        yield return Type;

        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
