using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// An argument or input object field: a name, an input type, an optional default value
/// (kept as a constant literal, coerced by whoever needs it), description and deprecation.
/// </summary>
public abstract class InputValue : IHasName
{
    protected InputValue(string name, IInputType type, string? description, IValueNode? defaultValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Description = description;
        DefaultValue = defaultValue;
    }

    public string Name { get; }

    public IInputType Type { get; }

    public string? Description { get; init; }

    /// <summary>The default as a constant literal; null when there is no default (a default of <c>null</c> is a <see cref="NullValueNode"/>).</summary>
    public IValueNode? DefaultValue { get; private set; }

    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Null unless deprecated; <c>@deprecated</c> without a reason gives "No longer supported".</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public ISyntaxNode? SyntaxNode { get; init; }

    /// <summary>
    /// Forgets a default that cannot be coerced to the type: graphql-js builds such SDL defaults as
    /// "no default", which changes required-ness, printing and introspection.
    /// </summary>
    internal void DropDefaultValue() => DefaultValue = null;

    // Coerced default, computed once: 0 not yet, 1 valid, 2 invalid.
    internal int DefaultState;
    internal object? CoercedDefault;

    public override string ToString() => Name + ": " + Type;
}
