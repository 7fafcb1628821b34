namespace WorkflowHub.GraphQL.Language;

/// <summary><c>$name: Type = default @directives</c> in an operation's variable list.</summary>
public sealed class VariableDefinitionNode(StringValueNode? description, VariableNode variable, ITypeNode @type, IValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location location = default) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
    public StringValueNode? Description { get; } = description;
    public VariableNode Variable { get; } = variable;
    public ITypeNode Type { get; } = @type;
    public IValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override IEnumerable<ISyntaxNode> GetNodes()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Variable;

        yield return Type;

        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var node in Directives)
        {
            yield return node;
        }
    }
}
