namespace WorkflowHub.GraphQL.Language;

/// <summary><c>directive @name(args) repeatable on LOCATION | ...</c>.</summary>
public sealed class DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool isRepeatable, IReadOnlyList<NameNode> locations, Location location = default) : SyntaxNode(location), ITypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public bool IsRepeatable { get; } = isRepeatable;
    public IReadOnlyList<NameNode> Locations { get; } = locations;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var node in Arguments)
        {
            yield return node;
        }

        foreach (var node in Locations)
        {
            yield return node;
        }
    }
}
