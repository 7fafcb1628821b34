namespace WorkflowHub.GraphQL.Language;

/// <summary>A string literal with escapes resolved; <see cref="Block"/> tells a block string (already dedented).</summary>
public sealed class StringValueNode(string @value, bool block, Location location = default) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
    public string Value { get; } = @value;
    public bool Block { get; } = block;
}
