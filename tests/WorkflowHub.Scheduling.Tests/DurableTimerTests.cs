using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Persistence;
using WorkflowHub.Scheduling.Timers;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Scheduling.Tests;

/// <summary>Real Quartz on a real SQLite file, real clock: timers due a second or two ahead, effects polled from the database.</summary>
public sealed class DurableTimerTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-timers-").FullName;

    [Theory]
    [InlineData(TimerMapping.Slots)]
    [InlineData(TimerMapping.PerTimer)]
    public async Task Should_fire_a_deadline_exactly_once(TimerMapping mapping)
    {
        await using var host = await TimerHost.StartAsync(_folder, TimerHost.FastOptions(mapping));
        await host.Definitions.SaveAndPublishAsync(Defs.TaskWithDeadline("sign-for", "PT1S"));
        var id = (await host.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;

        await Eventually.HoldsAsync(async () => (await Instance(host, id)).BusinessStatus == "overdue", TimeSpan.FromSeconds(15),
            async () => $"instance is {(await Instance(host, id)).BusinessStatus}; log: {string.Join(" | ", host.Logs.Lines.TakeLast(5))}");

        // Every other way a timer could fire again: the dispatcher, the reconciler, a second firing of the same timer.
        var timer = Assert.Single(await host.TimersAsync());
        await host.Services.GetRequiredService<TimerDispatcher>().DispatchAsync(null, CancellationToken.None);
        await host.Services.GetRequiredService<TimerReconciler>().ReconcileAsync();
        Assert.Equal(ResumeOutcome.AlreadyConsumed, (await host.Runtime.FireTimerAsync(timer.Id)).Outcome);

        var journal = await host.QueryAsync(db => db.Journal.AsNoTracking().Where(j => j.InstanceId == id).ToListAsync());
        Assert.Single(journal, j => j.ActivityId == "overdue" && j.Event == JournalEvents.Completed);
        timer = Assert.Single(await host.TimersAsync());
        Assert.Equal(TimerStatus.Fired, timer.Status);
        Assert.True(timer.FiredAt >= timer.DueAt, $"fired at {timer.FiredAt:O}, before its due time {timer.DueAt:O}");
        Assert.Equal(TaskItemStatus.Cancelled, (await host.QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == id))).Status);
    }

    [Theory]
    [InlineData(TimerMapping.Slots)]
    [InlineData(TimerMapping.PerTimer)]
    public async Task Should_never_fire_the_deadline_of_a_task_completed_first(TimerMapping mapping)
    {
        await using var host = await TimerHost.StartAsync(_folder, TimerHost.FastOptions(mapping));
        await host.Definitions.SaveAndPublishAsync(Defs.TaskWithDeadline("sign-for", "PT1S"));
        var id = (await host.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;
        var task = await host.QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == id));
        await host.Runtime.CompleteTaskAsync(task.Id, "SignedFor", actor: "grid-worker-7");

        var timer = Assert.Single(await host.TimersAsync());
        Assert.Equal(TimerStatus.Cancelled, timer.Status);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        if (mapping == TimerMapping.PerTimer) Assert.False(await scheduler.Exists(TimerKeys.Timer(timer.Id)), "the cancelled timer's trigger is still there");

        // Past the due time, whatever fires (the slot, a sweep) finds nothing to do.
        await Eventually.HoldsAsync(() => Task.FromResult(DateTimeOffset.UtcNow > timer.DueAt.AddSeconds(1.5)), TimeSpan.FromSeconds(10), () => Task.FromResult("clock"));
        await host.Services.GetRequiredService<TimerDispatcher>().DispatchAsync(null, CancellationToken.None);
        Assert.Equal("done", (await Instance(host, id)).BusinessStatus);
        Assert.Equal(TimerStatus.Cancelled, Assert.Single(await host.TimersAsync()).Status);
        Assert.DoesNotContain(await host.QueryAsync(db => db.Journal.AsNoTracking().Where(j => j.InstanceId == id).ToListAsync()), j => j.ActivityId == "overdue");
    }

    [Theory]
    [InlineData(TimerMapping.Slots)]
    [InlineData(TimerMapping.PerTimer)]
    public async Task Should_fire_overdue_timers_at_start_in_due_order_and_later_ones_on_time(TimerMapping mapping)
    {
        // The server is "down": the engine records timers with no scheduler running, as after a crash
        // between the engine's commit and Quartz's, or while the process was stopped.
        Guid[] overdue = [], later = [];
        await TimerHost.RecordWithoutSchedulerAsync(_folder, async (runtime, definitions) =>
        {
            await definitions.SaveAndPublishAsync(Defs.DelayThenNotify("remind"));
            overdue = await StartAll(runtime, Enumerable.Range(0, 40).Select(i => $"PT{0.5 + i * 0.01:0.00}S"));
            later = await StartAll(runtime, Enumerable.Range(0, 10).Select(_ => "PT5S"));
        });
        var lastOverdue = DateTimeOffset.UtcNow.AddSeconds(1);
        await Task.Delay(lastOverdue.AddSeconds(1.2) - DateTimeOffset.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero); // the downtime

        var options = TimerHost.FastOptions(mapping);
        options.FireParallelism = 1; // strictly one after another, to see the order
        await using var host = await TimerHost.StartAsync(_folder, options);
        await Eventually.HoldsAsync(async () => (await host.TimersAsync()).All(t => t.Status == TimerStatus.Fired), TimeSpan.FromSeconds(20),
            async () => $"{(await host.TimersAsync()).Count(t => t.Status == TimerStatus.Pending)} timers still pending");

        var timers = await host.TimersAsync();
        var recovered = timers.Where(t => overdue.Contains(t.InstanceId)).ToList();
        Assert.Equal(recovered.OrderBy(t => t.DueAt).Select(t => t.Id), recovered.OrderBy(t => t.FiredAt).Select(t => t.Id));
        // Never early; and fired by its own trigger, not left for a later sweep. Lateness itself is
        // measured in bench/, not here: a loaded machine must not fail this test.
        foreach (var onTime in timers.Where(t => later.Contains(t.InstanceId)))
            Assert.InRange((onTime.FiredAt!.Value - onTime.DueAt).TotalMilliseconds, 0, 5000);
        var notices = await host.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        Assert.Equal(50, notices.Count);
        Assert.Equal(50, notices.Select(n => n.InstanceId).Distinct().Count());
        Assert.Contains(host.Logs.Lines, l => l.Contains("Misfire recovery"));
        Assert.Contains(host.Logs.Lines, l => l.Contains("Reconciled 50 pending timers"));
    }

    [Fact]
    public async Task Should_leave_a_timer_beyond_the_slot_horizon_to_the_reconciler_and_still_fire_it_on_time()
    {
        var options = TimerHost.FastOptions();
        options.SlotHorizon = TimeSpan.FromSeconds(4);
        options.ReconcileInterval = TimeSpan.FromSeconds(1);
        await using var host = await TimerHost.StartAsync(_folder, options);
        await host.Definitions.SaveAndPublishAsync(Defs.DelayThenNotify("remind"));
        var id = (await host.Runtime.StartAsync(new StartWorkflowRequest("remind", new JsonObject { ["delay"] = "PT7S" }))).InstanceId;

        // Beyond the horizon: no slot trigger yet, only the row.
        Assert.Equal("None", Assert.Single(await host.Services.GetRequiredService<TimerQueries>().PendingTimersAsync(id)).TriggerState);

        await Eventually.HoldsAsync(async () => (await host.TimersAsync()).Single().Status == TimerStatus.Fired, TimeSpan.FromSeconds(20),
            async () => $"timer is {(await host.TimersAsync()).Single().Status}");
        var timer = Assert.Single(await host.TimersAsync());
        Assert.InRange((timer.FiredAt!.Value - timer.DueAt).TotalMilliseconds, 0, 1000);
    }

    [Fact]
    public async Task Should_retire_a_timer_whose_bookmark_is_gone_instead_of_firing_it()
    {
        await using var host = await TimerHost.StartAsync(_folder);
        await host.Definitions.SaveAndPublishAsync(Defs.DelayThenNotify("remind"));
        var id = (await host.Runtime.StartAsync(new StartWorkflowRequest("remind", new JsonObject { ["delay"] = "PT1H" }))).InstanceId;
        var timer = Assert.Single(await host.TimersAsync());
        // The bookmark is consumed behind the timer's back (as a racing writer would leave it).
        await host.QueryAsync(db => db.Bookmarks.Where(b => b.Id == timer.BookmarkId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ConsumedAt, DateTimeOffset.UtcNow).SetProperty(b => b.ConsumedHow, "cancelled")));

        var result = await host.Runtime.FireTimerAsync(timer.Id);

        Assert.Equal(ResumeOutcome.AlreadyConsumed, result.Outcome);
        Assert.Equal(TimerStatus.Cancelled, Assert.Single(await host.TimersAsync()).Status);
        Assert.Empty(await host.QueryAsync(db => db.Outbox.AsNoTracking().Where(o => o.InstanceId == id).ToListAsync()));
    }

    [Fact]
    public async Task Should_show_pending_timers_with_due_time_calendar_and_trigger_state()
    {
        await using var host = await TimerHost.StartAsync(_folder);
        await host.Definitions.SaveAndPublishAsync(Defs.DelayThenNotify("remind"));
        var id = (await host.Runtime.StartAsync(new StartWorkflowRequest("remind", new JsonObject { ["delay"] = "PT5M" }))).InstanceId;

        var pending = Assert.Single(await host.Services.GetRequiredService<TimerQueries>().PendingTimersAsync(id));

        Assert.Equal("delay", pending.Purpose);
        Assert.Equal(TimerStatus.Pending, pending.Status);
        Assert.StartsWith(TimerKeys.SlotGroup + ".slot-", pending.TriggerKey);
        Assert.Equal("Normal", pending.TriggerState);
        Assert.Null(pending.Calendar);
    }

    [Fact]
    public async Task Should_create_quartz_tables_through_our_schema_migrator()
    {
        await using var host = await TimerHost.StartAsync(_folder);
        var versions = await host.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM workflowhub_schema_versions").ToListAsync());
        Assert.Contains("quartz_job_store", versions);
        var tables = await host.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ%'").ToListAsync());
        Assert.Contains("QRTZ_TRIGGERS", tables);
        Assert.Contains("QRTZ_FIRED_TRIGGERS", tables);
    }

    private static async Task<Guid[]> StartAll(WorkflowRuntime runtime, IEnumerable<string> delays)
    {
        var ids = new List<Guid>();
        foreach (var delay in delays)
            ids.Add((await runtime.StartAsync(new StartWorkflowRequest("remind", new JsonObject { ["delay"] = delay }))).InstanceId);
        return ids.ToArray();
    }

    private static Task<WorkflowInstance> Instance(TimerHost host, Guid id) => host.QueryAsync(db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == id));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        TimerHost.DeleteFolder(_folder);
        return Task.CompletedTask;
    }
}
