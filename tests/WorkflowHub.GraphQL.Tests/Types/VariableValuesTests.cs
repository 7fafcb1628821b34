using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Types;

public class VariableValuesTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("input P { x: Int! y: Int = 2 } enum C { RED GREEN } type Query { f: Int }")
        .Create();

    /// <summary>Variable definitions and inputs with graphql-js's getVariableValues errors (maxErrors 2) or values.</summary>
    private static readonly string[] GraphQLJsCases =
        TestFiles.Read("Types", "variable-values.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> CaseIndexes() => new(Enumerable.Range(0, GraphQLJsCases.Length));

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Should_coerce_variables_like_graphql_js(int index)
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>(GraphQLJsCases[index])!;
        var operation = (OperationDefinitionNode)Parser.Parse($"query ({items[0].GetString()}) {{ f }}").Definitions[0];
        var inputs = JsonDocument.Parse(items[1].GetString()!).RootElement;

        var result = VariableValues.Coerce(Schema, operation.VariableDefinitions, inputs, maxErrors: 2);

        if (items[2].ValueKind == JsonValueKind.Array)
        {
            Assert.False(result.IsValid);
            Assert.Null(result.Values);
            Assert.Equal(items[2].EnumerateArray().Select(e => e.GetString()), result.Errors.Select(e => e.Message));
        }
        else
        {
            Assert.True(result.IsValid);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(items[3].GetString()!), JsonSerializer.SerializeToNode(result.Values)));
        }
    }

    [Fact]
    public void Should_point_errors_at_the_variable_definition()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query ($a: Int!) { f }").Definitions[0];
        var error = Assert.Single(VariableValues.Coerce(Schema, operation.VariableDefinitions, new Dictionary<string, object?>()).Errors);
        Assert.Same(operation.VariableDefinitions[0], error.Node);
    }
}
