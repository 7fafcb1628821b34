using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Scheduling.Tests;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Should_fire_timers_of_different_instances_in_one_commit_and_defer_a_second_timer_of_the_same_instance()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.Definitions.SaveAndPublishAsync(Defs.DelayThenNotify("remind"));
        await engine.Definitions.SaveAndPublishAsync(Defs.TaskWithDeadline("sign-for", "PT1H").Replace("\"deadline\": \"PT1H\"", "\"deadline\": \"PT1H\", \"reminder\": \"PT30M\""));
        var delays = new List<Guid>();
        for (var i = 0; i < 3; i++)
            delays.Add((await engine.Runtime.StartAsync(new StartWorkflowRequest("remind", new JsonObject { ["delay"] = "PT10M" }))).InstanceId);
        var task = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;
        engine.Clock.Advance(TimeSpan.FromHours(2));
        var timers = await engine.QueryAsync(db => db.Timers.AsNoTracking().OrderBy(t => t.DueAt).ToListAsync());
        var reminder = timers.Single(t => t.Purpose == "reminder");
        var deadline = timers.Single(t => t.Purpose == "deadline");

        var result = await engine.Runtime.FireTimersAsync(timers.Select(t => t.Id).ToList());

        Assert.Equal([deadline.Id], result.Deferred);
        Assert.Equal(4, result.Fired.Count);
        Assert.All(result.Fired, f => Assert.Equal(ResumeOutcome.Resumed, f.Result.Outcome));
        Assert.Equal(3, await engine.QueryAsync(db => db.Outbox.CountAsync(o => delays.Contains(o.InstanceId))));
        Assert.Equal(TimerStatus.Fired, (await engine.QueryAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.Id == reminder.Id))).Status);

        Assert.Equal(ResumeOutcome.Resumed, (await engine.Runtime.FireTimerAsync(deadline.Id)).Outcome);
        Assert.Equal("overdue", (await engine.InstanceAsync(task)).BusinessStatus);
        var again = await engine.Runtime.FireTimersAsync(timers.Select(t => t.Id).ToList());
        Assert.All(again.Fired, f => Assert.Equal(ResumeOutcome.AlreadyConsumed, f.Result.Outcome));
    }
}
