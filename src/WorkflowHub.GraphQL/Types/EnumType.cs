using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// An enum type. Serializes a runtime value to its name: the value an <see cref="EnumValue"/> was
/// declared with, the name as a string, or a CLR enum member whose name matches ignoring case
/// and underscores (<c>InProgress</c> for <c>IN_PROGRESS</c>). Parses names to runtime values.
/// </summary>
public sealed class EnumType(string name, string? description = null) : NamedTypeBase(name, description), ILeafType
{
    private readonly Dictionary<object, EnumValue> _byRuntimeValue = new();
    private Dictionary<string, EnumValue>? _byLooseName;

    public override TypeKind Kind => TypeKind.Enum;

    public FieldCollection<EnumValue> Values { get; } = new();

    public EnumType AddValue(EnumValue value)
    {
        EnsureNotSealed();
        Values.Add(value, $"Enum {Name}");
        _byRuntimeValue.TryAdd(value.Value, value);
        return this;
    }

    public EnumType AddValue(string name, object? value = null) => AddValue(new EnumValue(name, value));

    public bool TryGetValue(string name, out EnumValue value) => Values.TryGetField(name, out value!);

    public object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is not null && FindByRuntimeValue(runtimeValue) is { } value)
        {
            return value.Name;
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {Inspect.Format(runtimeValue)}");
    }

    public object? ParseValue(object? inputValue)
    {
        var text = inputValue is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element
            ? element.GetString()
            : inputValue as string;
        if (text is null)
        {
            throw new CoercionException(
                $"Enum \"{Name}\" cannot represent non-string value: {Inspect.Format(inputValue)}." + DidYouMean(Inspect.Format(inputValue)));
        }

        if (Values.TryGetField(text, out var value))
        {
            return value.Value;
        }

        throw new CoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum." + DidYouMean(text));
    }

    public object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is not EnumValueNode enumLiteral)
        {
            var printed = AstPrinter.Print(literal);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + DidYouMean(printed));
        }

        if (Values.TryGetField(enumLiteral.Value, out var value))
        {
            return value.Value;
        }

        throw new CoercionException($"Value \"{enumLiteral.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(enumLiteral.Value));
    }

    public IValueNode? ValueToLiteral(object? runtimeValue) =>
        runtimeValue is not null && FindByRuntimeValue(runtimeValue) is { } value ? new EnumValueNode(value.Name) : null;

    private EnumValue? FindByRuntimeValue(object runtimeValue)
    {
        if (_byRuntimeValue.TryGetValue(runtimeValue, out var value))
        {
            return value;
        }

        if (runtimeValue is string name && Values.TryGetField(name, out value))
        {
            return value;
        }

        if (runtimeValue is Enum clrEnum)
        {
            _byLooseName ??= Values.ToDictionary(v => LooseName(v.Name), StringComparer.OrdinalIgnoreCase);
            return _byLooseName.GetValueOrDefault(LooseName(clrEnum.ToString()));
        }

        return null;
    }

    private static string LooseName(string name) => name.Replace("_", "");

    private string DidYouMean(string unknown) =>
        Suggestions.DidYouMean(Suggestions.For(unknown, Values.Select(v => v.Name)), "the enum value");
}
