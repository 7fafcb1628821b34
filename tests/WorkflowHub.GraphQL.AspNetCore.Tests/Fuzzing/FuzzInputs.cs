using System.Text;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Fuzzing;

/// <summary>Seeded generators of random and mutated GraphQL documents and JSON request bodies.</summary>
public sealed class FuzzInputs(int seed)
{
    private static readonly string[] Seeds =
    [
        "{ hello }",
        "query Q($n: String) { hello(name: $n) }",
        "{ users(first: 3) { name friends(first: 2) { name } } }",
        "mutation { increment }",
        "subscription { ticks(count: 2) }",
        "query { ...F } fragment F on Query { counter __typename }",
        "{ a: hello(name: \"x\") b: hello @skip(if: true) c: counter @include(if: false) }",
        "{ __schema { types { name fields { name type { kind ofType { name } } } } } }",
        "query($first: Int = 2) { users(first: $first) { ... on User { name } } }",
        "{ hello(name: \"\"\"block\nstring\"\"\") }",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "...", "|", "&", ",", "\"", "\"\"\"", "#",
        "query", "mutation", "subscription", "fragment", "on", "hello", "users", "name", "friends", "counter",
        "increment", "ticks", "__typename", "__schema", "__type", "first", "true", "false", "null", "1", "-0",
        "1.5e3", "0x1", "\"s\"", "\\u0000", "\u00e9", "\ud83c\udfc3", "\n", "\r", "\t", " ", "skip", "include", "if",
        "$n", "Int", "String!", "[Int!]!", "F", "User", "Query",
    ];

    private readonly Random _random = new(seed);

    public string Document() => _random.Next(4) switch
    {
        0 => RandomTokens(),
        1 => Nested(),
        _ => Mutate(Seeds[_random.Next(Seeds.Length)]),
    };

    /// <summary>A request body: mostly a JSON object around a document, sometimes broken or of the wrong shape.</summary>
    public string Body()
    {
        var document = Document();
        return _random.Next(10) switch
        {
            0 => Mutate(Json(document)),
            1 => RandomJson(0),
            2 => "[" + Json(document) + "," + Json(Document()) + "]",
            3 => "{\"query\":" + RandomJson(0) + "}",
            4 => "{\"query\":" + Quote(document) + ",\"variables\":" + RandomJson(0) + "}",
            5 => "{\"query\":" + Quote(document) + ",\"operationName\":" + RandomJson(0) + ",\"extensions\":" + RandomJson(0) + "}",
            6 => "{\"documentId\":" + Quote(Mutate("sha256:" + new string('a', 64))) + "}",
            _ => Json(document),
        };
    }

    public int Next(int max) => _random.Next(max);

    private string Json(string document) =>
        "{\"query\":" + Quote(document) + ",\"variables\":{\"n\":" + RandomJson(1) + ",\"first\":" + _random.Next(-3, 50) + "}}";

    private string RandomTokens()
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Tokens[_random.Next(Tokens.Length)]).Append(' ');
        }

        return builder.ToString();
    }

    private string Nested()
    {
        // Deep nesting of selections, lists or objects probes recursion limits.
        var depth = _random.Next(1, 3) == 1 ? _random.Next(50, 3000) : _random.Next(1, 50);
        var (open, close, inner) = _random.Next(3) switch
        {
            0 => ("{ users { ", "} ", "name "),
            1 => ("[", "]", "1"),
            _ => ("{a:", "}", "1"),
        };
        var builder = new StringBuilder(_random.Next(3) == 0 ? "{ " : "{ hello(name: ");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.Append(" }").ToString();
    }

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var edits = _random.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            var at = builder.Length == 0 ? 0 : _random.Next(builder.Length);
            switch (_random.Next(4))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 2:
                    builder.Insert(at, (char)_random.Next(0, 0x3000));
                    break;
                default:
                    if (builder.Length > 1)
                    {
                        var other = _random.Next(builder.Length);
                        (builder[at], builder[other]) = (builder[other], builder[at]);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private string RandomJson(int depth) => (_random.Next(depth > 3 ? 5 : 8)) switch
    {
        0 => "null",
        1 => _random.Next(2) == 0 ? "true" : "false",
        2 => _random.Next(int.MinValue, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
        3 => (_random.NextDouble() * 1e6).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        4 => Quote(RandomTokens()),
        5 => "[" + RandomJson(depth + 1) + "," + RandomJson(depth + 1) + "]",
        6 => "{\"k\":" + RandomJson(depth + 1) + ",\"query\":" + RandomJson(depth + 1) + "}",
        _ => "9007199254740993e400",
    };

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
