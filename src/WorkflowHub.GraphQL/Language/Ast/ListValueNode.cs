namespace WorkflowHub.GraphQL.Language;

/// <summary><c>[ values ]</c>.</summary>
public sealed class ListValueNode(IReadOnlyList<IValueNode> items, Location location = default) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public IReadOnlyList<IValueNode> Items { get; } = items;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Items)
        {
            yield return node;
        }
    }
}
