namespace WorkflowHub.GraphQL.Language;

/// <summary>The literal <c>null</c>.</summary>
public sealed class NullValueNode(Location location = default) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
