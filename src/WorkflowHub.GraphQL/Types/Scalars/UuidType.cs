using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary><c>UUID</c>: inputs become <see cref="Guid"/>; results are written lower case with hyphens.</summary>
public sealed class UuidType() : ScalarType(
    "UUID",
    "A universally unique identifier compliant with RFC 4122, written as 32 hexadecimal digits in groups separated by hyphens.",
    "https://tools.ietf.org/html/rfc4122")
{
    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        return value switch
        {
            Guid g => g.ToString("D"),
            string s when Guid.TryParse(s, out var parsed) => parsed.ToString("D"),
            _ => throw new CoercionException($"UUID cannot represent value: {Inspect.Format(value)}"),
        };
    }

    public override object? ParseValue(object? inputValue)
    {
        var value = InputValues.Normalize(inputValue);
        if (value is Guid guid)
        {
            return guid;
        }

        if (value is not string text)
        {
            throw new CoercionException($"UUID cannot represent a non-string value: {Inspect.Format(value)}");
        }

        return Guid.TryParse(text, out var parsed)
            ? parsed
            : throw new CoercionException($"UUID cannot represent an invalid UUID string: {Inspect.Format(text)}");
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is not StringValueNode text)
        {
            throw new CoercionException($"UUID cannot represent a non-string value: {AstPrinter.Print(literal)}");
        }

        return Guid.TryParse(text.Value, out var parsed)
            ? parsed
            : throw new CoercionException($"UUID cannot represent an invalid UUID string: {AstPrinter.Print(literal)}");
    }
}
