using System.Globalization;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite double. Int literals and integer inputs are accepted.</summary>
public sealed class FloatType() : ScalarType(
    "Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        double number;
        if (value is string text && text.Length > 0)
        {
            if (!InputValues.TryParseJsNumber(text, out number))
            {
                throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Format(value)}");
            }
        }
        else if (!InputValues.TryGetNumber(value, out number))
        {
            throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Format(value)}");
        }

        if (!double.IsFinite(number))
        {
            throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Format(value)}");
        }

        return number;
    }

    public override object? ParseValue(object? inputValue)
    {
        var value = InputValues.Normalize(inputValue);
        if (!InputValues.TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new CoercionException($"Float cannot represent non numeric value: {Inspect.Format(value)}");
        }

        return number;
    }

    /// <summary>Float and Int literals; one beyond the double range (e.g. <c>1e400</c>) is rejected, not read as Infinity.</summary>
    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = literal switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => null,
        };
        if (text is not null && double.Parse(text, CultureInfo.InvariantCulture) is var number && double.IsFinite(number))
        {
            return number;
        }

        throw new CoercionException($"Float cannot represent non numeric value: {AstPrinter.Print(literal)}");
    }
}
