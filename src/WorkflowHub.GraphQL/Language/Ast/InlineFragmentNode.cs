namespace WorkflowHub.GraphQL.Language;

/// <summary><c>... on Type @directives { ... }</c>; the type condition is optional.</summary>
public sealed class InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location = default) : SyntaxNode(location), ISelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (TypeCondition is not null)
        {
            yield return TypeCondition;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }
}
