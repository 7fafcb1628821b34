namespace WorkflowHub.GraphQL.Language;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

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
    }
}
