using System.Globalization;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>ID</c>: accepts strings and integers, always serializes as a string.</summary>
public sealed class IdType() : ScalarType(
    "ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        if (value is string s)
        {
            return s;
        }

        if (value is Guid g)
        {
            return g.ToString();
        }

        if (TryFormatInteger(value, out var text))
        {
            return text;
        }

        throw new CoercionException($"ID cannot represent value: {Inspect.Format(runtimeValue)}");
    }

    public override object? ParseValue(object? inputValue)
    {
        var value = InputValues.Normalize(inputValue);
        if (value is string s)
        {
            return s;
        }

        if (TryFormatInteger(value, out var text))
        {
            return text;
        }

        throw new CoercionException($"ID cannot represent value: {Inspect.Format(value)}");
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {AstPrinter.Print(literal)}"),
    };

    /// <summary>Like graphql-js: an ID that looks like an integer is written as an Int literal.</summary>
    public override IValueNode? ValueToLiteral(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return new NullValueNode();
        }

        var text = (string)Serialize(runtimeValue)!;
        return ValueLiterals.IsIntegerText(text) ? new IntValueNode(text) : new StringValueNode(text, false);
    }

    private static bool TryFormatInteger(object? value, out string text)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return true;
        }

        if (InputValues.TryGetNumber(value, out var number) && InputValues.IsInteger(number))
        {
            text = JsNumber.Format(number);
            return true;
        }

        text = "";
        return false;
    }
}
