namespace WorkflowHub.GraphQL.Language;

/// <summary><c>schema @directives { query: Q ... }</c>.</summary>
public sealed class SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location location = default) : SyntaxNode(location), ITypeSystemDefinitionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
    public StringValueNode? Description { get; } = description;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

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
