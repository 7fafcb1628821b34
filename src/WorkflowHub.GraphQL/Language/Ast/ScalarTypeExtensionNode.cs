namespace WorkflowHub.GraphQL.Language;

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location = default) : SyntaxNode(location), ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
