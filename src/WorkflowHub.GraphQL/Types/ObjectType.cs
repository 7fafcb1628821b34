namespace WorkflowHub.GraphQL.Types;

/// <summary>An object type: a set of fields, possibly implementing interfaces.</summary>
public sealed class ObjectType(string name, string? description = null) : ComplexOutputType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used by default abstract type resolution when values carry no <c>__typename</c>.</summary>
    public IsOfType? IsOfType { get; set; }

    /// <summary>Requirements every field of this type must meet (besides its own); SDL's <c>@authorize</c> is read from the definition.</summary>
    public List<Authorization.AuthorizeDirective> Authorization { get; } = [];

    /// <summary>Adds a field and returns this type, for chaining.</summary>
    public new ObjectType Field(string name, IOutputType type, Action<OutputField>? configure = null)
    {
        base.Field(name, type, configure);
        return this;
    }
}
