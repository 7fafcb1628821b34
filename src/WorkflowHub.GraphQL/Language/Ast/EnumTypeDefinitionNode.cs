namespace WorkflowHub.GraphQL.Language;

/// <summary><c>enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location location = default) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

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

        foreach (var node in Values)
        {
            yield return node;
        }
    }
}
