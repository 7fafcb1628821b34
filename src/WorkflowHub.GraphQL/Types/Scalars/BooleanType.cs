using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c>. Numeric results serialize as <c>value != 0</c>, as in graphql-js.</summary>
public sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    private static readonly object True = true;
    private static readonly object False = false;

    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        if (value is bool b)
        {
            return b ? True : False;
        }

        if (InputValues.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0 ? True : False;
        }

        throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect.Format(value)}");
    }

    public override object? ParseValue(object? inputValue) =>
        InputValues.Normalize(inputValue) is bool b
            ? b ? True : False
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {Inspect.Format(inputValue)}");

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is BooleanValueNode b
            ? b.Value ? True : False
            : throw new CoercionException($"Boolean cannot represent a non boolean value: {AstPrinter.Print(literal)}");
}
