namespace WorkflowHub.GraphQL.Language;

/// <summary><c>[Type]</c>.</summary>
public sealed class ListTypeNode(ITypeNode @type, Location location = default) : SyntaxNode(location), ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
    public ITypeNode Type { get; } = @type;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }
}
