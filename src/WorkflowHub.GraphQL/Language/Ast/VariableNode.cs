namespace WorkflowHub.GraphQL.Language;

/// <summary>A variable reference <c>$name</c>.</summary>
public sealed class VariableNode(NameNode name, Location location = default) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
    public NameNode Name { get; } = name;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;
    }
}
