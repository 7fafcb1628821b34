using System.Text;
using System.Text.Json.Nodes;

namespace WorkflowHub.Security.Tests.Hostile;

/// <summary>Deterministic mutations of valid GraphQL requests: broken syntax, wrong types, odd characters, nesting, truncation.</summary>
public sealed class Fuzzer(int seed)
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "\"", "\"\"\"", "#", ",", "=", "|", "&", "\\", "\\u", "\u0000", "\uD800", "\uFFFF",
        "fragment", "on", "query", "mutation", "subscription", "__schema", "__typename", "@skip(if: true)", "@include(if: $x)", "@deprecated",
        "1e999", "-0", "99999999999999999999999", "0x10", "null", "true", "$undefined", "\"\\uZZZZ\"", "first: -1", "first: 2147483648",
        "where: { id: { eq: 1 } }", "order: [{ x: SIDEWAYS }]", "(a: 1, a: 2)", "é", "网格", "🦀", new string('a', 300),
    ];

    private static readonly string[] BodyTemplates =
    [
        "{\"query\": 5}", "{\"query\": null}", "{\"query\": [\"{ me { kind } }\"]}", "{\"query\": \"{ me { kind } }\", \"variables\": \"x\"}",
        "{\"query\": \"{ me { kind } }\", \"variables\": [1, 2]}", "{\"query\": \"{ me { kind } }\", \"operationName\": {}}",
        "{\"query\": \"{ me { kind } }\", \"extensions\": 7}", "{\"query\": \"{ me { kind } }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": 5}}}",
        "{\"documentId\": \"sha256:zz\"}", "{\"documentId\": 12}", "[]", "[{}]", "null", "true", "\"{ me { kind } }\"", "", " ", "{", "{\"query\"",
        "{\"query\": \"{ me { kind } }\", \"query\": \"{ __typename }\"}", "\uFEFF{\"query\": \"{ me { kind } }\"}",
    ];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    /// <summary>A request body: a mutated document with its (possibly mutated) variables, or a JSON body broken at the JSON level.</summary>
    public byte[] Body()
    {
        var (query, variables) = FuzzSeeds.Operations[_random.Next(FuzzSeeds.Operations.Length)];
        switch (_random.Next(10))
        {
            case < 6:
                return Json(MutateDocument(query), variables is null ? null : MutateVariables(variables));
            case < 8:
                return Encoding.UTF8.GetBytes(MutateText(Encoding.UTF8.GetString(Json(query, variables)), 1 + _random.Next(4)));
            case 8:
                return Encoding.UTF8.GetBytes(BodyTemplates[_random.Next(BodyTemplates.Length)]);
            default:
                var bytes = Json(query, variables);
                for (var i = 0; i < 1 + _random.Next(8); i++) bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                return bytes;
        }
    }

    public string MutateDocument(string query)
    {
        var text = MutateText(query, 1 + _random.Next(3));
        return _random.Next(20) == 0 ? Nest(text, 1 + _random.Next(200)) : text;
    }

    private string MutateText(string text, int times)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < times && builder.Length > 0; i++)
        {
            var at = _random.Next(builder.Length);
            switch (_random.Next(6))
            {
                case 0:
                    builder.Remove(at, Math.Min(1 + _random.Next(10), builder.Length - at));
                    break;
                case 1:
                    var length = Math.Min(1 + _random.Next(40), builder.Length - at);
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                case 2:
                    builder.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 3:
                    var other = _random.Next(builder.Length);
                    (builder[at], builder[other]) = (builder[other], builder[at]);
                    break;
                case 4:
                    builder.Length = at;
                    break;
                default:
                    builder[at] = (char)_random.Next(32, 127);
                    break;
            }
        }

        return builder.ToString();
    }

    private string MutateVariables(string variables)
    {
        var json = JsonNode.Parse(variables)!.AsObject();
        foreach (var name in json.Select(p => p.Key).ToList())
        {
            if (_random.Next(2) == 0) continue;
            json[name] = _random.Next(8) switch
            {
                0 => null,
                1 => 12345678901234567890d,
                2 => new JsonArray(1, "two", null),
                3 => new JsonObject { ["nested"] = new JsonObject { ["deeper"] = true } },
                4 => new string('x', 10_000),
                5 => -1,
                6 => "\uD800\u0000<script>",
                _ => false,
            };
        }

        return json.ToJsonString();
    }

    private static string Nest(string query, int depth) =>
        string.Concat(Enumerable.Repeat("{ a ", depth)) + query + new string('}', depth);

    private static byte[] Json(string query, string? variables)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            try { body["variables"] = JsonNode.Parse(variables); }
            catch (System.Text.Json.JsonException) { body["variables"] = variables; }
        }

        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }
}
