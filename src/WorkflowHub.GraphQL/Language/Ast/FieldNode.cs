namespace WorkflowHub.GraphQL.Language;

/// <summary>A field selection <c>alias: name(args) @directives { ... }</c>.</summary>
public sealed class FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location location = default) : SyntaxNode(location), ISelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;
    /// <summary>The response key: the alias if present, else the field name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Alias is not null)
        {
            yield return Alias;
        }

        yield return Name;

        foreach (var node in Arguments)
        {
            yield return node;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }

        if (SelectionSet is not null)
        {
            yield return SelectionSet;
        }
    }
}
