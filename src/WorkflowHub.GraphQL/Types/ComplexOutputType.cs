namespace WorkflowHub.GraphQL.Types;

/// <summary>Shared shape of <see cref="ObjectType"/> and <see cref="InterfaceType"/>: fields and implemented interfaces.</summary>
public abstract class ComplexOutputType(string name, string? description) : NamedTypeBase(name, description), IComplexOutputType
{
    private readonly List<InterfaceType> _interfaces = [];

    public FieldCollection<OutputField> Fields { get; } = new();

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public OutputField AddField(OutputField field)
    {
        EnsureNotSealed();
        Fields.Add(field, $"Type {Name}");
        field.DeclaringType = this;
        return field;
    }

    /// <summary>Adds a field and returns this type, for chaining.</summary>
    public ComplexOutputType Field(string name, IOutputType type, Action<OutputField>? configure = null)
    {
        var field = AddField(new OutputField(name, type));
        configure?.Invoke(field);
        return this;
    }

    /// <summary>Declares an implemented interface. Duplicates are kept so that validation can report them.</summary>
    public void AddInterface(InterfaceType interfaceType)
    {
        EnsureNotSealed();
        _interfaces.Add(interfaceType ?? throw new ArgumentNullException(nameof(interfaceType)));
    }

    /// <summary>True when this type declares <paramref name="interfaceType"/> among its interfaces.</summary>
    public bool Implements(InterfaceType interfaceType) => _interfaces.Contains(interfaceType);
}
