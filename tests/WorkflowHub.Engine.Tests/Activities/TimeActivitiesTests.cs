using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Activities;

public sealed class TimeActivitiesTests
{
    private static string OneTimer(string id, string properties, string type = "Timer") => Defs.Flow(id,
        $$"""{ "id": "wait", "type": "{{type}}", "properties": {{properties}} }, { "id": "done", "type": "SetStatus", "properties": { "status": "woke" } }""",
        """[ { "from": "start", "to": "wait" }, { "from": "wait", "to": "done" } ]""");

    [Fact]
    public async Task Should_wake_a_delay_when_its_duration_has_passed_and_not_before()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(OneTimer("delay", """{ "duration": "P3D" }""", "Delay"));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("delay"))).InstanceId;

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1)));
        Assert.Equal(InstanceStatus.Running, (await engine.InstanceAsync(id)).Status);

        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal("woke", (await engine.InstanceAsync(id)).BusinessStatus);
    }

    [Fact]
    public async Task Should_wake_a_timer_at_an_absolute_instant()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var at = engine.Clock.GetUtcNow().AddHours(5);
        await engine.PublishAsync(OneTimer("at", $$"""{ "at": "{{at:O}}" }"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("at"))).InstanceId;
        var timer = await engine.QueryAsync(db => Task.FromResult(db.Timers.Single(t => t.InstanceId == id)));
        Assert.Equal(at, timer.DueAt);

        await engine.AdvanceAsync(TimeSpan.FromHours(5));
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task Should_wake_a_cron_timer_at_the_next_occurrence_in_its_time_zone()
    {
        // The clock starts on Monday 2026-11-02 09:00 in Shanghai; the next 08:30 on a weekday is Tuesday.
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(OneTimer("cron", """{ "cron": "30 8 * * MON-FRI", "timeZone": "Asia/Shanghai" }"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("cron"))).InstanceId;

        var timer = await engine.QueryAsync(db => Task.FromResult(db.Timers.Single(t => t.InstanceId == id)));
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 8, 30, 0, TimeSpan.FromHours(8)), timer.DueAt);
    }

    [Fact]
    public async Task Should_take_a_duration_from_an_expression()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("expr-delay",
            """{ "id": "wait", "type": "Delay", "properties": { "duration": "=variables.limit" } }""",
            """[ { "from": "start", "to": "wait" } ]""", variables: """[ { "name": "limit", "type": "string", "default": "2h" } ]"""));
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("expr-delay"))).InstanceId;
        var timer = await engine.QueryAsync(db => Task.FromResult(db.Timers.Single(t => t.InstanceId == id)));
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(2), timer.DueAt);
    }
}
