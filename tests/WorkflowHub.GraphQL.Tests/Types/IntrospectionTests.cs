using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Tests.Support;

namespace WorkflowHub.GraphQL.Tests.Types;

public class IntrospectionTests
{
    [Fact]
    public void Should_answer_the_full_introspection_query_exactly_like_graphql_js()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString(TestFiles.Read("Sdl", "Schemas", "workflow-hub.graphql")).Create();
        var result = MiniExecutor.Execute(schema, TestFiles.Read("Sdl", "Schemas", "introspection-query.graphql"));

        var actual = JsonSerializer.SerializeToNode(result)!;
        var expected = JsonNode.Parse(TestFiles.Read("Sdl", "Schemas", "workflow-hub.introspection.json"))!;
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public void Should_answer_type_and_typename_meta_fields()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: Int }").Create();
        var result = MiniExecutor.Execute(schema, "{ __typename t: __type(name: \"Query\") { name kind fields { name } } none: __type(name: \"Nope\") { name } }");
        Assert.Equal(
            "{\"__typename\":\"Query\",\"t\":{\"name\":\"Query\",\"kind\":\"OBJECT\",\"fields\":[{\"name\":\"a\"}]},\"none\":null}",
            JsonSerializer.Serialize(result));
    }
}
