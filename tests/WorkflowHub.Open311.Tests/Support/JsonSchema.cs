using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkflowHub.Open311.Tests.Support;

/// <summary>
/// The part of JSON Schema (draft 7) our GeoReport schemas use: type, enum, properties, required,
/// additionalProperties: false, items, min/maxItems, min/maxLength, minimum/maximum, anyOf, $ref to #/definitions,
/// and the formats date-time and uri. A keyword it does not know fails the check, so a schema cannot silently ask
/// for more than is checked.
/// </summary>
public sealed partial class JsonSchema
{
    private static readonly HashSet<string> Annotations = ["$schema", "title", "description", "definitions"];
    private readonly JsonObject _root;

    private JsonSchema(JsonObject root) => _root = root;

    public static JsonSchema Load(string name) =>
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", name + ".schema.json")))!.AsObject());

    public static JsonSchema Parse(string json) => new(JsonNode.Parse(json)!.AsObject());

    /// <summary>Every problem, each with the JSON path of the value it is about; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? document)
    {
        var problems = new List<string>();
        Check(_root, document, "$", problems);
        return problems;
    }

    private void Check(JsonObject schema, JsonNode? value, string path, List<string> problems)
    {
        foreach (var (keyword, argument) in schema)
        {
            switch (keyword)
            {
                case "$ref": Check(Resolve(argument!.GetValue<string>()), value, path, problems); break;
                case "type":
                    var types = argument is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [argument!.GetValue<string>()];
                    if (!types.Any(t => IsType(value, t))) problems.Add($"{path}: expected {string.Join(" or ", types)}, found {Kind(value)}");
                    break;
                case "enum":
                    if (!argument!.AsArray().Any(option => JsonNode.DeepEquals(option, value))) problems.Add($"{path}: {value?.ToJsonString() ?? "null"} is not one of {argument.ToJsonString()}");
                    break;
                case "properties":
                    if (value is JsonObject obj)
                        foreach (var (name, propertySchema) in argument!.AsObject())
                            if (obj.TryGetPropertyValue(name, out var property)) Check(propertySchema!.AsObject(), property, $"{path}.{name}", problems);
                    break;
                case "required":
                    if (value is JsonObject target)
                        foreach (var name in argument!.AsArray().Select(n => n!.GetValue<string>()).Where(n => !target.ContainsKey(n)))
                            problems.Add($"{path}: required property '{name}' is missing");
                    break;
                case "additionalProperties":
                    if (argument!.GetValue<bool>() is false && value is JsonObject open)
                    {
                        var known = schema["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
                        foreach (var extra in open.Select(p => p.Key).Where(k => !known.Contains(k))) problems.Add($"{path}: property '{extra}' is not allowed");
                    }
                    break;
                case "items":
                    if (value is JsonArray items)
                        for (var i = 0; i < items.Count; i++) Check(argument!.AsObject(), items[i], $"{path}[{i}]", problems);
                    break;
                case "minItems": if (value is JsonArray few && few.Count < argument!.GetValue<int>()) problems.Add($"{path}: fewer than {argument} items"); break;
                case "maxItems": if (value is JsonArray many && many.Count > argument!.GetValue<int>()) problems.Add($"{path}: more than {argument} items"); break;
                case "minLength": if (Text(value) is { } shortText && shortText.Length < argument!.GetValue<int>()) problems.Add($"{path}: shorter than {argument} characters"); break;
                case "maxLength": if (Text(value) is { } longText && longText.Length > argument!.GetValue<int>()) problems.Add($"{path}: longer than {argument} characters"); break;
                case "minimum": if (Number(value) is { } low && low < argument!.GetValue<double>()) problems.Add($"{path}: {low} is below {argument}"); break;
                case "maximum": if (Number(value) is { } high && high > argument!.GetValue<double>()) problems.Add($"{path}: {high} is above {argument}"); break;
                case "format": if (Text(value) is { } formatted && !HasFormat(formatted, argument!.GetValue<string>())) problems.Add($"{path}: '{formatted}' is not a {argument}"); break;
                case "anyOf":
                    if (!argument!.AsArray().Any(option => Validate(option!.AsObject(), value).Count == 0)) problems.Add($"{path}: matches none of anyOf {argument.ToJsonString()}");
                    break;
                default:
                    if (!Annotations.Contains(keyword)) throw new NotSupportedException($"The schema keyword '{keyword}' is not checked here.");
                    break;
            }
        }
    }

    private List<string> Validate(JsonObject schema, JsonNode? value)
    {
        var problems = new List<string>();
        Check(schema, value, "$", problems);
        return problems;
    }

    private JsonObject Resolve(string reference)
    {
        const string prefix = "#/definitions/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)) throw new NotSupportedException($"Only {prefix}… references are followed, not '{reference}'.");
        return _root["definitions"]![reference[prefix.Length..]]!.AsObject();
    }

    private static bool IsType(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue i && i.GetValueKind() == JsonValueKind.Number && i.GetValue<double>() % 1 == 0,
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind().ToString().ToLowerInvariant(),
    };

    private static string? Text(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static double? Number(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;

    private static bool HasFormat(string text, string format) => format switch
    {
        "date-time" => DateTime().IsMatch(text) && DateTimeOffset.TryParse(text, out _),
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        _ => throw new NotSupportedException($"Unknown format '{format}'."),
    };

    // RFC 3339 date-time: the offset is required.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTime();
}
