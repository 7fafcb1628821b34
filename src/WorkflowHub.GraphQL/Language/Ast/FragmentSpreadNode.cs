namespace WorkflowHub.GraphQL.Language;

/// <summary><c>...FragmentName @directives</c>.</summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default) : SyntaxNode(location), ISelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
