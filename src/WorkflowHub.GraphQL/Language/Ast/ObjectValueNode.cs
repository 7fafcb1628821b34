namespace WorkflowHub.GraphQL.Language;

/// <summary><c>{ name: value, ... }</c>.</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location = default) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Fields)
        {
            yield return node;
        }
    }
}
