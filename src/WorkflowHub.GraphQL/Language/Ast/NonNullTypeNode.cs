namespace WorkflowHub.GraphQL.Language;

/// <summary><c>Type!</c>; the inner type is a named or list type.</summary>
public sealed class NonNullTypeNode(ITypeNode @type, Location location = default) : SyntaxNode(location), ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
    public ITypeNode Type { get; } = @type;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Type;
    }
}
