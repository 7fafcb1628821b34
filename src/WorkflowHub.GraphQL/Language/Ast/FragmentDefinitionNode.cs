namespace WorkflowHub.GraphQL.Language;

/// <summary><c>fragment Name on Type @directives { ... }</c>.</summary>
public sealed class FragmentDefinitionNode(StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location = default) : SyntaxNode(location), IExecutableDefinitionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        yield return TypeCondition;

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }
}
