namespace WorkflowHub.GraphQL.Language;

/// <summary>The root of a parsed document: executable and/or type-system definitions in source order.</summary>
public sealed class DocumentNode(IReadOnlyList<IDefinitionNode> definitions, Location location = default) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;
    public IReadOnlyList<IDefinitionNode> Definitions { get; } = definitions;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Definitions)
        {
            yield return node;
        }
    }
}
