using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// Our introspection is complete enough for graphql-js clients: the result of the query graphql-js
/// clients send, turned back into a schema by graphql-js <c>buildClientSchema</c> and printed by its
/// <c>printSchema</c>, is exactly what our own <see cref="SchemaPrinter"/> prints.
/// </summary>
public sealed class SdlRoundTripTests
{
    public static TheoryData<string> Schemas => new() { "fixture", "workflow-hub" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Should_rebuild_the_same_schema_in_graphql_js_from_our_introspection_result(string name)
    {
        var schema = name == "fixture"
            ? ConformanceFixture.Schema
            : SchemaBuilder.New().AddDocumentFromString(TestFiles.Read("Sdl", "Schemas", "workflow-hub.graphql")).Create();
        var query = NodeTool.Run("introspection-query.mjs");

        var outcome = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(query));
        var result = Assert.IsType<ExecutionResult>(outcome);
        Assert.Null(result.Errors);
        var printedByGraphQLJs = NodeTool.Run("sdl-roundtrip.mjs", ResultJson.ToJson(result));

        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), printedByGraphQLJs.TrimEnd());
    }
}
