using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Types;

public class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddDocumentFromString(TestFiles.Read("Types", "coercion-schema.graphql")).Create();

    /// <summary>graphql-js's coerceInputValue (value cases) and valueFromAST (literal cases) over one schema.</summary>
    private static readonly string[] GraphQLJsCases =
        TestFiles.Read("Types", "input-coercion.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> CaseIndexes() => new(Enumerable.Range(0, GraphQLJsCases.Length));

    private static IInputType Type(string reference) => (IInputType)Schema.GetTypeFromAst(Parser.ParseType(reference))!;

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Should_coerce_inputs_exactly_like_graphql_js(int index)
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>(GraphQLJsCases[index])!;
        var type = Type(items[1].GetString()!);
        if (items[0].GetString() == "value")
        {
            var errors = new List<(JsonNode? Path, JsonNode? Invalid, string Message)>();
            var result = InputCoercion.CoerceInputValue(
                JsonDocument.Parse(items[2].GetString()!).RootElement,
                type,
                (path, invalid, message) => errors.Add((JsonSerializer.SerializeToNode(path), JsonSerializer.SerializeToNode(invalid), message)));
            var expectedErrors = items[4].EnumerateArray().ToList();
            Assert.Equal(expectedErrors.Count, errors.Count);
            for (var i = 0; i < errors.Count; i++)
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedErrors[i][0].GetRawText()), errors[i].Path), $"path {errors[i].Path}");
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedErrors[i][1].GetString()!), errors[i].Invalid), $"value {errors[i].Invalid}");
                Assert.Equal(expectedErrors[i][2].GetString(), errors[i].Message);
            }

            if (errors.Count == 0)
            {
                AssertJsonEqual(items[3].GetString()!, result);
            }
        }
        else
        {
            var variables = InputValues.FromJson(JsonDocument.Parse(items[3].GetString()!).RootElement) as Dictionary<string, object?>;
            var valid = InputCoercion.TryCoerceLiteral(Parser.ParseValue(items[2].GetString()!), type, variables, out var value);
            if (items[4].ValueKind == JsonValueKind.Null)
            {
                Assert.False(valid);
            }
            else
            {
                Assert.True(valid);
                AssertJsonEqual(items[4].GetString()!, value);
            }
        }
    }

    private static void AssertJsonEqual(string expected, object? actual)
    {
        var actualJson = JsonSerializer.SerializeToNode(actual);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actualJson), $"expected {expected}, got {actualJson?.ToJsonString() ?? "null"}");
    }

    [Fact]
    public void Should_format_variable_errors_like_graphql_js()
    {
        Assert.Equal(
            "Variable \"$input\" got invalid value \"a\" at \"input.points[1].x\"; Int cannot represent non-integer value: \"a\"",
            InputCoercion.FormatVariableError("input", ["points", 1, "x"], "a", "Int cannot represent non-integer value: \"a\""));
        Assert.Equal(
            "Variable \"$n\" got invalid value null; Expected non-nullable type \"Int!\" not to be null.",
            InputCoercion.FormatVariableError("n", [], null, "Expected non-nullable type \"Int!\" not to be null."));
    }

    [Fact]
    public void Should_coerce_default_values_of_arguments_and_input_fields()
    {
        var point = (InputObjectType)Schema.GetType("Point")!;
        Assert.True(InputCoercion.TryGetDefaultValue(point.Fields["y"], out var y));
        Assert.Equal(0, y);
        Assert.False(InputCoercion.TryGetDefaultValue(point.Fields["x"], out _));
    }

    [Fact]
    public void Should_read_types_from_type_references()
    {
        Assert.Equal("[Point!]!", Schema.GetTypeFromAst(Parser.ParseType("[Point!]!"))!.ToString());
        Assert.Null(Schema.GetTypeFromAst(Parser.ParseType("[Nope]")));
    }
}
