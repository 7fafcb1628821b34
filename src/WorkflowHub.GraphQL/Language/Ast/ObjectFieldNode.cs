namespace WorkflowHub.GraphQL.Language;

/// <summary>One <c>name: value</c> of an object literal.</summary>
public sealed class ObjectFieldNode(NameNode name, IValueNode @value, Location location = default) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public NameNode Name { get; } = name;
    public IValueNode Value { get; } = @value;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        yield return Value;
    }
}
