namespace WorkflowHub.GraphQL.Language;

/// <summary><c>extend schema @directives { ... }</c>.</summary>
public sealed class SchemaExtensionNode(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location location = default) : SyntaxNode(location), ITypeSystemExtensionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in OperationTypes)
        {
            yield return node;
        }
    }
}
