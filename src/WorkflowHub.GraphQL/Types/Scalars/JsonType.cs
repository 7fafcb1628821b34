using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>
/// <c>JSON</c>: any JSON value. Inputs (variables and literals, variables inside literals
/// included) become plain CLR values: null, bool, string, int/long/double,
/// <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c>. Results are passed to the
/// response writer unchanged.
/// </summary>
public sealed class JsonType() : ScalarType(
    "JSON",
    "The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf).",
    "https://www.rfc-editor.org/rfc/rfc8259")
{
    public override object? Serialize(object? runtimeValue) => runtimeValue;

    public override object? ParseValue(object? inputValue) => InputValues.Normalize(inputValue);

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueLiterals.ToUntyped(literal, variables);
}
