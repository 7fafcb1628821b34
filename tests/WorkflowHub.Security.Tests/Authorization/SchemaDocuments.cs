using System.Globalization;
using System.Text.Json.Nodes;

namespace WorkflowHub.Security.Tests.Authorization;

/// <summary>Minimal valid documents for every root field of a schema, read by introspection: required arguments get a value of their type.</summary>
internal sealed class SchemaDocuments(JsonObject schema, IReadOnlyDictionary<string, string> argumentOverrides)
{
    public const string IntrospectionQuery = """
        { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { name kind enumValues { name } inputFields { name defaultValue type { ...T } } fields { name type { ...T } args { name defaultValue type { ...T } } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, JsonObject> _types = schema["types"]!.AsArray().Select(t => t!.AsObject()).ToDictionary(t => t["name"]!.GetValue<string>());

    public sealed record RootField(string Operation, string TypeName, string Name, string Document)
    {
        public string Key => TypeName + "." + Name;
    }

    public IEnumerable<RootField> RootFields()
    {
        foreach (var (operation, root) in new[] { ("query", "queryType"), ("mutation", "mutationType"), ("subscription", "subscriptionType") })
        {
            if (schema[root]?["name"]?.GetValue<string>() is not { } typeName) continue;
            foreach (var field in _types[typeName]["fields"]!.AsArray().Select(f => f!.AsObject()))
            {
                var name = field["name"]!.GetValue<string>();
                var arguments = argumentOverrides.TryGetValue(name, out var given) ? given : RequiredArguments(field["args"]!.AsArray());
                var selection = IsComposite(field["type"]!.AsObject()) ? " { __typename }" : "";
                yield return new RootField(operation, typeName, name, $"{operation} {{ {name}{(arguments.Length > 0 ? "(" + arguments + ")" : "")}{selection} }}");
            }
        }
    }

    private string RequiredArguments(JsonArray args) => string.Join(", ", args.Select(a => a!.AsObject())
        .Where(a => a["type"]!["kind"]!.GetValue<string>() == "NON_NULL" && a["defaultValue"] is null)
        .Select(a => a["name"]!.GetValue<string>() + ": " + Value(a["type"]!.AsObject())));

    private string Value(JsonObject type)
    {
        var kind = type["kind"]!.GetValue<string>();
        if (kind == "NON_NULL") return Value(type["ofType"]!.AsObject());
        if (kind == "LIST") return "[]";
        var name = type["name"]!.GetValue<string>();
        return kind switch
        {
            "ENUM" => _types[name]["enumValues"]!.AsArray()[0]!["name"]!.GetValue<string>(),
            "INPUT_OBJECT" => "{ " + string.Join(", ", _types[name]["inputFields"]!.AsArray().Select(f => f!.AsObject())
                .Where(f => f["type"]!["kind"]!.GetValue<string>() == "NON_NULL" && f["defaultValue"] is null)
                .Select(f => f["name"]!.GetValue<string>() + ": " + Value(f["type"]!.AsObject()))) + " }",
            _ => name switch
            {
                "Int" or "Long" => "1",
                "Float" => (1.5).ToString(CultureInfo.InvariantCulture),
                "Boolean" => "false",
                "UUID" => "\"00000000-0000-0000-0000-000000000001\"",
                "DateTime" => "\"2026-01-01T00:00:00Z\"",
                "JSON" => "{}",
                _ => "\"x\"",
            },
        };
    }

    private static bool IsComposite(JsonObject type)
    {
        while (type["kind"]!.GetValue<string>() is "NON_NULL" or "LIST") type = type["ofType"]!.AsObject();
        return type["kind"]!.GetValue<string>() is "OBJECT" or "INTERFACE" or "UNION";
    }
}
