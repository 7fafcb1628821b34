using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>
/// What a scalar declared in SDL without an implementation does, as in graphql-js: values
/// pass through unchanged and literals are read as plain data.
/// </summary>
public sealed class AnyScalarType(string name, string? description = null, string? specifiedByUrl = null)
    : ScalarType(name, description, specifiedByUrl)
{
    public override object? Serialize(object? runtimeValue) => runtimeValue;

    public override object? ParseValue(object? inputValue) => InputValues.Normalize(inputValue);

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueLiterals.ToUntyped(literal, variables);
}
