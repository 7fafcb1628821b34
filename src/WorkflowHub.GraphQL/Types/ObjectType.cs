namespace WorkflowHub.GraphQL.Types;

/// <summary>An object type: a set of fields, possibly implementing interfaces.</summary>
public sealed class ObjectType(string name, string? description = null) : ComplexOutputType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used by default abstract type resolution when values carry no <c>__typename</c>.</summary>
    public IsOfType? IsOfType { get; set; }

    /// <summary>Adds a field and returns this type, for chaining.</summary>
    public new ObjectType Field(string name, IOutputType type, Action<OutputField>? configure = null)
    {
        base.Field(name, type, configure);
        return this;
    }
}
