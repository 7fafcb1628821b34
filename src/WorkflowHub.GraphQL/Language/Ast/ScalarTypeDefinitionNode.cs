namespace WorkflowHub.GraphQL.Language;

/// <summary><c>scalar Name @directives</c>.</summary>
public sealed class ScalarTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
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
