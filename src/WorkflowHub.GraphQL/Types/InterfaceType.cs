namespace WorkflowHub.GraphQL.Types;

/// <summary>An interface type; it may itself implement other interfaces.</summary>
public sealed class InterfaceType(string name, string? description = null) : ComplexOutputType(name, description), IAbstractType
{
    public override TypeKind Kind => TypeKind.Interface;

    public ResolveAbstractType? ResolveType { get; set; }

    /// <summary>Adds a field and returns this type, for chaining.</summary>
    public new InterfaceType Field(string name, IOutputType type, Action<OutputField>? configure = null)
    {
        base.Field(name, type, configure);
        return this;
    }
}
