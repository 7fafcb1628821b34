using System.Globalization;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>
/// <c>Long</c>: a signed 64-bit integer. Because JSON clients lose precision past 2^53, inputs may
/// also be strings of digits; results are written as numbers.
/// </summary>
public sealed class LongType() : ScalarType(
    "Long",
    "The `Long` scalar type represents non-fractional signed whole numeric values between -(2^63) and 2^63 - 1.")
{
    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        if (value is bool b)
        {
            return b ? 1L : 0L;
        }

        return Coerce(value, value is string { Length: > 0 }) ?? throw new CoercionException(
            $"Long cannot represent non-integer value: {Inspect.Format(value)}");
    }

    public override object? ParseValue(object? inputValue)
    {
        var value = InputValues.Normalize(inputValue);
        return Coerce(value, allowString: true) ?? throw new CoercionException(
            $"Long cannot represent non-integer value: {Inspect.Format(value)}");
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            StringValueNode s => s.Value,
            _ => throw new CoercionException($"Long cannot represent non-integer value: {AstPrinter.Print(literal)}"),
        };
        return ParseText(text) ?? throw new CoercionException(
            $"Long cannot represent non 64-bit signed integer value: {AstPrinter.Print(literal)}");
    }

    private static long? Coerce(object? value, bool allowString)
    {
        switch (value)
        {
            case long l:
                return l;
            case int or short or byte or sbyte or uint or ushort:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong ul:
                return ul <= long.MaxValue ? (long)ul : throw OutOfRange(value);
            case decimal m:
                return decimal.Truncate(m) == m && m is >= long.MinValue and <= long.MaxValue ? (long)m
                    : decimal.Truncate(m) == m ? throw OutOfRange(value) : null;
            case string s when allowString:
                if (ParseText(s.Trim()) is { } parsed)
                {
                    return parsed;
                }

                return InputValues.TryParseJsNumber(s, out var n) && InputValues.IsInteger(n) ? throw OutOfRange(value) : null;
        }

        if (InputValues.TryGetNumber(value, out var number) && InputValues.IsInteger(number))
        {
            // 2^63 is exactly representable as a double but is out of range.
            return number >= -9.2233720368547758E18 && number < 9.2233720368547758E18 ? (long)number : throw OutOfRange(value);
        }

        return null;
    }

    private static long? ParseText(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result) ? result : null;

    private static CoercionException OutOfRange(object? value) =>
        new($"Long cannot represent non 64-bit signed integer value: {Inspect.Format(value)}");
}
