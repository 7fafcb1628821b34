namespace WorkflowHub.GraphQL.Language;

/// <summary><c>extend enum Name ...</c>.</summary>
public sealed class EnumTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values, Location location = default) : SyntaxNode(location), ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Directives)
        {
            yield return node;
        }

        foreach (var node in Values)
        {
            yield return node;
        }
    }
}
