using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types.Scalars;

internal sealed class DelegateScalarType(
    string name,
    Func<object?, object?> serialize,
    Func<object?, object?>? parseValue,
    Func<IValueNode, object?>? parseLiteral,
    string? description,
    string? specifiedByUrl) : ScalarType(name, description, specifiedByUrl)
{
    public override object? Serialize(object? runtimeValue) => serialize(runtimeValue);

    public override object? ParseValue(object? inputValue) =>
        parseValue is null ? InputValues.Normalize(inputValue) : parseValue(inputValue);

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        parseLiteral is not null ? parseLiteral(literal) : ParseValue(ValueLiterals.ToUntyped(literal, variables));
}
