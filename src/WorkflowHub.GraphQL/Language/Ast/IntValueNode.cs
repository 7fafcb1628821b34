namespace WorkflowHub.GraphQL.Language;

/// <summary>An integer literal, kept as its source text (it may not fit any CLR type).</summary>
public sealed class IntValueNode(string @value, Location location = default) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
    public string Value { get; } = @value;
}
