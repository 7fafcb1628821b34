using System.Globalization;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer.</summary>
public sealed class IntType() : ScalarType(
    "Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        switch (value)
        {
            case int i:
                return i;
            case bool b:
                return b ? 1 : 0;
        }

        double number;
        if (value is string text && text.Length > 0)
        {
            if (!InputValues.TryParseJsNumber(text, out number))
            {
                throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Format(value)}");
            }
        }
        else if (!InputValues.TryGetNumber(value, out number))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Format(value)}");
        }

        if (!InputValues.IsInteger(number))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Format(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect.Format(value)}");
        }

        return (int)number;
    }

    public override object? ParseValue(object? inputValue)
    {
        var value = InputValues.Normalize(inputValue);
        if (value is int i)
        {
            return i;
        }

        if (!InputValues.TryGetNumber(value, out var number) || !InputValues.IsInteger(number))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Inspect.Format(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(number)}");
        }

        return (int)number;
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is not IntValueNode intLiteral)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {AstPrinter.Print(literal)}");
        }

        if (!int.TryParse(intLiteral.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {intLiteral.Value}");
        }

        return result;
    }
}
