namespace WorkflowHub.GraphQL.Language;

/// <summary><c>input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location location = default) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Fields)
        {
            yield return node;
        }
    }
}
