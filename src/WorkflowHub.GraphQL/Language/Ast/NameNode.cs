namespace WorkflowHub.GraphQL.Language;

/// <summary>A name: of a field, type, argument, directive, variable or fragment.</summary>
public sealed class NameNode(string @value, Location location = default) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; } = @value;
}
