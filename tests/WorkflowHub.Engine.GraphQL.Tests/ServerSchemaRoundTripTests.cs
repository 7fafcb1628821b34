using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.GraphQL.Tests;

/// <summary>
/// The schema the server serves, as graphql-js clients see it: our introspection answer to the
/// query graphql-js sends, rebuilt by graphql-js buildClientSchema and printed by its printSchema,
/// equals the SDL we serve at /graphql?sdl.
/// </summary>
public sealed class ServerSchemaRoundTripTests
{
    [Fact]
    public async Task Should_rebuild_the_served_schema_in_graphql_js_exactly_as_we_print_it()
    {
        var schema = SchemaBuilder.New().AddWorkflowEngineTypes().Create();
        var (code, query, error) = await NodeTools.RunAsync("introspection-query.mjs");
        Assert.True(code == 0, error);

        var result = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(query));
        Assert.Null(result.Errors);
        var (printed, sdl, printError) = await NodeTools.RunWithInputAsync("sdl-roundtrip.mjs", ResultJson.ToJson(result));

        Assert.True(printed == 0, printError);
        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), sdl.TrimEnd());
        Assert.Contains("workflowInstanceUpdated(id: UUID!): WorkflowInstance!", sdl);
    }
}
