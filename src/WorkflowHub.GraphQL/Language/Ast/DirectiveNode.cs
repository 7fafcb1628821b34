namespace WorkflowHub.GraphQL.Language;

/// <summary>An applied directive <c>@name(args)</c>.</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location = default) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        yield return Name;

        foreach (var node in Arguments)
        {
            yield return node;
        }
    }
}
