namespace WorkflowHub.GraphQL.Language;

/// <summary><c>extend input Name ...</c>.</summary>
public sealed class InputObjectTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, Location location = default) : SyntaxNode(location), ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
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
