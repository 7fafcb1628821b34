using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// The fixture's default-resolver convention (README of the conformance tools, "The default-resolver
/// convention") bound to every field of the fixture schema: key lookup in the parent JSON object,
/// <c>$error</c> markers that throw, <c>$args</c> markers that echo the coerced arguments, abstract
/// types through <c>__typename</c>, and subscription fields whose data value is the list of events.
/// </summary>
public static class FixtureResolvers
{
    private static readonly Lazy<Schema> LazySchema = new(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<JsonElement> LazyData = new(
        () => JsonDocument.Parse(File.ReadAllText(ConformanceFixture.DataPath)).RootElement.Clone(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The fixture schema with the convention bound to every object field.</summary>
    public static Schema Schema => LazySchema.Value;

    /// <summary><c>fixture/data.json</c>: the root value of every operation.</summary>
    public static JsonElement Data => LazyData.Value;

    private static Schema CreateSchema()
    {
        var builder = ConformanceFixture.CreateBuilder();
        var sdl = Parser.Parse(File.ReadAllText(ConformanceFixture.SchemaPath));
        string? subscriptionType = "Subscription";
        foreach (var definition in sdl.Definitions)
        {
            if (definition is SchemaDefinitionNode schemaDefinition)
            {
                foreach (var root in schemaDefinition.OperationTypes)
                {
                    if (root.Operation == OperationType.Subscription)
                    {
                        subscriptionType = root.Type.Name.Value;
                    }
                }
            }
        }

        foreach (var definition in sdl.Definitions)
        {
            var (typeName, fields) = definition switch
            {
                ObjectTypeDefinitionNode type => (type.Name.Value, type.Fields),
                ObjectTypeExtensionNode extension => (extension.Name.Value, extension.Fields),
                _ => (null, (IReadOnlyList<FieldDefinitionNode>)[]),
            };
            if (typeName is null)
            {
                continue;
            }

            foreach (var field in fields)
            {
                builder.AddResolver(typeName, field.Name.Value, Resolve);
                if (typeName == subscriptionType)
                {
                    builder.AddSubscriber(typeName, field.Name.Value, Subscribe);
                }
            }
        }

        return builder.Create();
    }

    /// <summary>Resolves a field from its parent's JSON object.</summary>
    public static object? Resolve(IResolverContext context)
    {
        var value = DataValue(context.ParentValue, context.Field.Name);
        switch (Marker(value, out var argument))
        {
            case "$error":
                throw new GraphQLException(Text(argument));
            case "$args":
                return EchoArguments(argument, context.Arguments);
            default:
                return value is JsonElement element ? DefaultFieldResolver.FromJson(element) : value;
        }
    }

    /// <summary>The field's data value is the list of its events; each event is <c>{ field: item }</c>.</summary>
    private static ValueTask<IAsyncEnumerable<object?>> Subscribe(IResolverContext context)
    {
        var name = context.Field.Name;
        var value = DataValue(context.ParentValue, name);
        if (Marker(value, out var message) == "$error")
        {
            throw new GraphQLException(Text(message));
        }

        if (value is JsonElement { ValueKind: JsonValueKind.Array } events)
        {
            return new ValueTask<IAsyncEnumerable<object?>>(Events(name, events));
        }

        throw new GraphQLException($"Subscription field must return Async Iterable. Received: {Inspect.Format(value)}.");
    }

    private static async IAsyncEnumerable<object?> Events(string name, JsonElement items)
    {
        foreach (var item in items.EnumerateArray())
        {
            await Task.Yield();
            yield return new Dictionary<string, object?> { [name] = item };
        }
    }

    private static object? DataValue(object? source, string name) => source switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(name, out var property) ? property : null,
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var item) ? item : null,
        _ => null,
    };

    private static string? Marker(object? value, out object? argument)
    {
        argument = null;
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                string? key = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (key is not null)
                    {
                        return null;
                    }

                    key = property.Name;
                    argument = property.Value;
                }

                return key is "$error" or "$args" ? key : null;
            case IReadOnlyDictionary<string, object?> { Count: 1 } map:
                var (name, item) = map.First();
                argument = item;
                return name is "$error" or "$args" ? name : null;
            default:
                return null;
        }
    }

    private static object? EchoArguments(object? spec, IReadOnlyDictionary<string, object?> arguments)
    {
        switch (spec)
        {
            case JsonElement { ValueKind: JsonValueKind.True }:
                return CanonicalJson.Write(arguments);
            case JsonElement { ValueKind: JsonValueKind.String } name:
                return arguments.TryGetValue(name.GetString()!, out var value) ? value : null;
            case JsonElement { ValueKind: JsonValueKind.Object } shape:
                var result = new Dictionary<string, object?>();
                foreach (var property in shape.EnumerateObject())
                {
                    result[property.Name] = arguments.TryGetValue(property.Value.GetString()!, out var item) ? item : null;
                }

                return result;
            default:
                return null;
        }
    }

    private static string Text(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString()!,
        JsonElement element => element.GetRawText(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };
}

/// <summary>The fixture's canonical JSON: keys sorted by UTF-16 code units, no whitespace, strings and numbers as ECMAScript writes them.</summary>
public static class CanonicalJson
{
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        value = InputValues.Normalize(value);
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                WriteString(builder, s);
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case IReadOnlyDictionary<string, object?> map:
                WriteObject(builder, map);
                return;
            case IDictionary<string, object?> map:
                WriteObject(builder, map.ToDictionary());
                return;
            case IEnumerable list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    Write(builder, item);
                }

                builder.Append(']');
                return;
        }

        if (InputValues.TryGetNumber(value, out var number))
        {
            builder.Append(double.IsFinite(number) ? JsNumber.Format(number) : "null");
            return;
        }

        WriteString(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
    }

    private static void WriteObject(StringBuilder builder, IReadOnlyDictionary<string, object?> map)
    {
        var keys = map.Keys.ToList();
        keys.Sort(string.CompareOrdinal);
        builder.Append('{');
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            WriteString(builder, keys[i]);
            builder.Append(':');
            Write(builder, map[keys[i]]);
        }

        builder.Append('}');
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
