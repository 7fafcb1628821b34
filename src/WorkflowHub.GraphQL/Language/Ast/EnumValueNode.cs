namespace WorkflowHub.GraphQL.Language;

/// <summary>An enum literal: a name other than true, false and null.</summary>
public sealed class EnumValueNode(string @value, Location location = default) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public string Value { get; } = @value;
}
