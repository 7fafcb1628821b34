namespace WorkflowHub.GraphQL.Language;

/// <summary><c>name: value</c> in a field's or directive's argument list.</summary>
public sealed class ArgumentNode(NameNode name, IValueNode @value, Location location = default) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
    public NameNode Name { get; } = name;
    public IValueNode Value { get; } = @value;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        yield return Value;
    }
}
