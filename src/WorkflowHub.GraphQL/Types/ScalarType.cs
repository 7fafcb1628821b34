using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types.Scalars;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// Base of scalar types. Subclass it, or use <see cref="Create"/> with delegates, to add a scalar.
/// Coercion failures throw <see cref="CoercionException"/>.
/// </summary>
public abstract class ScalarType(string name, string? description = null, string? specifiedByUrl = null)
    : NamedTypeBase(name, description), ILeafType
{
    private string? _specifiedByUrl = specifiedByUrl;

    public sealed override TypeKind Kind => TypeKind.Scalar;

    /// <summary>URL of the scalar's specification, printed as <c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl
    {
        get => _specifiedByUrl;
        set
        {
            EnsureNotSealed();
            _specifiedByUrl = value;
        }
    }

    public abstract object? Serialize(object? runtimeValue);

    public abstract object? ParseValue(object? inputValue);

    public abstract object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>By default: serialize, then write the result as a literal (strings, numbers, booleans, lists, objects).</summary>
    public virtual IValueNode? ValueToLiteral(object? runtimeValue) =>
        runtimeValue is null ? new NullValueNode() : ValueLiterals.FromUntyped(Serialize(runtimeValue));

    /// <summary>A scalar from delegates. Missing <paramref name="parseValue"/> passes values through; missing <paramref name="parseLiteral"/> reads the literal as plain data then calls <paramref name="parseValue"/>.</summary>
    public static ScalarType Create(
        string name,
        Func<object?, object?> serialize,
        Func<object?, object?>? parseValue = null,
        Func<IValueNode, object?>? parseLiteral = null,
        string? description = null,
        string? specifiedByUrl = null) =>
        new DelegateScalarType(name, serialize, parseValue, parseLiteral, description, specifiedByUrl);
}
