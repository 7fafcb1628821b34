using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>A directive definition: name, arguments, allowed locations and whether it may repeat.</summary>
public sealed class DirectiveType : IHasName
{
    public DirectiveType(string name, IEnumerable<DirectiveLocation> locations, bool isRepeatable = false, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = locations.ToArray();
        IsRepeatable = isRepeatable;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    public FieldCollection<Argument> Arguments { get; } = new();

    /// <summary>Null unless deprecated (graphql-js 16.x shows directive deprecation in introspection and SDL).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public ISyntaxNode? SyntaxNode { get; init; }

    public DirectiveType AddArgument(Argument argument)
    {
        Arguments.Add(argument, $"Directive @{Name}");
        return this;
    }

    public override string ToString() => "@" + Name;
}
