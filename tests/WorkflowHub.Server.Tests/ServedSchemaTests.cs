using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>The schema the server serves — the engine's and the scheduling part together — as graphql-js clients see it.</summary>
public sealed class ServedSchemaTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public Task InitializeAsync()
    {
        _server = new GraphQLTestServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_serve_the_timer_calendar_and_unpublish_fields_in_a_schema_graphql_js_rebuilds_exactly()
    {
        var sdl = await _server.Client.GetStringAsync("/graphql?sdl");
        var (code, query, error) = await NodeTools.RunAsync("introspection-query.mjs");
        Assert.True(code == 0, error);
        var introspection = await _server.Client.PostAsJsonAsync("/graphql", new { query });
        var (printed, rebuilt, printError) = await NodeTools.RunWithInputAsync("sdl-roundtrip.mjs", await introspection.Content.ReadAsStringAsync());

        Assert.True(printed == 0, printError);
        Assert.Equal(sdl.TrimEnd(), rebuilt.TrimEnd());
        Assert.Contains("  timers(", sdl);
        Assert.Contains("where: WorkflowTimerFilterInput", sdl);
        Assert.Contains("order: [WorkflowTimerSortInput!]", sdl);
        Assert.Contains("): WorkflowTimerConnection", sdl);
        Assert.Contains("timer(id: UUID!): WorkflowTimer", sdl);
        Assert.Contains("triggerState: TimerTriggerState\n", sdl);
        Assert.Contains("workingCalendar(name: String!): WorkingCalendar", sdl);
        Assert.Contains("saveWorkingCalendar(name: String!, input: WorkingCalendarInput!): WorkingCalendar!", sdl);
        Assert.Contains("unpublishWorkflow(definitionId: String!): UnpublishWorkflowPayload!", sdl);
    }
}
