namespace WorkflowHub.Governance.Tests.Support;

public sealed class GovernanceServerTests
{
    [Fact]
    public async Task Should_serve_graphql_with_the_governance_tables_in_place_and_fire_timers_when_the_clock_moves()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);

        var data = await server.DataAsync("""
            mutation { startWorkflow(definitionId: "escalation", input: { grade: "RED", title: "Blocked fire lane", orgUnitId: "g1" }) { instance { id } } }
            """);
        var fired = await server.AdvanceAsync(TimeSpan.FromDays(2));

        Assert.NotNull(data["startWorkflow"]?["instance"]?["id"]);
        Assert.True(fired > 0, "The escalation's report-in and notice timers should have fired after two days.");
    }
}
