namespace WorkflowHub.GraphQL.Types;

/// <summary>An input object type; with <see cref="IsOneOf"/> exactly one field must be given.</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedTypeBase(name, description), IInputType
{
    private bool _isOneOf;

    public override TypeKind Kind => TypeKind.InputObject;

    public FieldCollection<InputField> Fields { get; } = new();

    /// <summary>Set by the <c>@oneOf</c> directive.</summary>
    public bool IsOneOf
    {
        get => _isOneOf;
        set
        {
            EnsureNotSealed();
            _isOneOf = value;
        }
    }

    public InputObjectType AddField(InputField field)
    {
        EnsureNotSealed();
        Fields.Add(field, $"Input object {Name}");
        return this;
    }
}
