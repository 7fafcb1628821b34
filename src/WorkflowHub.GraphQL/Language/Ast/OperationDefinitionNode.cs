namespace WorkflowHub.GraphQL.Language;

/// <summary>A query, mutation or subscription; the shorthand <c>{ ... }</c> is a query without name.</summary>
public sealed class OperationDefinitionNode(StringValueNode? description, OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location = default) : SyntaxNode(location), IExecutableDefinitionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    public StringValueNode? Description { get; } = description;
    public OperationType Operation { get; } = operation;
    public NameNode? Name { get; } = name;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        if (Name is not null)
        {
            yield return Name;
        }

        foreach (var node in VariableDefinitions)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        yield return SelectionSet;
    }
}
