using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Types;

public class ArgumentValuesTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("input P { x: Int! y: Int = 2 } type Query { f(a: Int, b: Int! = 1, c: String!, d: [P], e: Boolean = true): Int }")
        .Create();

    /// <summary>Field arguments with graphql-js's getArgumentValues result or error.</summary>
    private static readonly string[] GraphQLJsCases =
        TestFiles.Read("Types", "argument-values.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> CaseIndexes() => new(Enumerable.Range(0, GraphQLJsCases.Length));

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Should_coerce_field_arguments_like_graphql_js(int index)
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>(GraphQLJsCases[index])!;
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ " + items[0].GetString() + " }").Definitions[0]).SelectionSet.Selections[0];
        var variables = (Dictionary<string, object?>)InputValues.FromJson(items[1])!;
        var definition = Schema.QueryType!.Fields["f"];
        if (items[2].GetString() == "error")
        {
            var error = Assert.Throws<CoercionException>(() => ArgumentValues.Coerce(definition.Arguments, field.Arguments, variables, field));
            Assert.Equal(items[3].GetString(), error.Message);
            Assert.NotNull(error.Node);
        }
        else
        {
            var values = ArgumentValues.Coerce(definition.Arguments, field.Arguments, variables, field);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(items[3].GetString()!), JsonSerializer.SerializeToNode(values)));
        }
    }

    [Fact]
    public void Should_read_skip_and_include_arguments()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a @skip(if: $hide) }").Definitions[0]).SelectionSet.Selections[0];
        var skip = ArgumentValues.ForDirective(BuiltInDirectives.Skip, field, new Dictionary<string, object?> { ["hide"] = true });
        Assert.Equal(true, skip!["if"]);
        Assert.Null(ArgumentValues.ForDirective(BuiltInDirectives.Include, field, null));
    }

    [Fact]
    public void Should_share_an_empty_dictionary_for_fields_without_arguments()
    {
        Assert.Same(ArgumentValues.Coerce([], [], null), ArgumentValues.Coerce([], [], null));
    }
}
