using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c>. Results may also be booleans, numbers, chars, enums and GUIDs, printed as text.</summary>
public sealed class StringType() : ScalarType(
    "String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid g:
                return g.ToString();
            case Enum e:
                return e.ToString();
        }

        if (InputValues.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return value is double or float or decimal ? JsNumber.Format(number) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        throw new CoercionException($"String cannot represent value: {Inspect.Format(runtimeValue)}");
    }

    public override object? ParseValue(object? inputValue) =>
        InputValues.Normalize(inputValue) as string
        ?? throw new CoercionException($"String cannot represent a non string value: {Inspect.Format(inputValue)}");

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode s
            ? s.Value
            : throw new CoercionException($"String cannot represent a non string value: {AstPrinter.Print(literal)}");
}
