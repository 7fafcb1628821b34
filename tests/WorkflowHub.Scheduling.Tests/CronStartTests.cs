using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Scheduling.Timers;

namespace WorkflowHub.Scheduling.Tests;

public sealed class CronStartTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-cron-").FullName;

    private static string Monthly(string cron) => Defs.Flow("pledge-reminder", """
        { "id": "remind", "type": "Notify", "properties": { "to": "party-members", "message": "Time to review your pledges." } }
        """, """[ { "from": "start", "to": "remind" } ]""", $$""" "startCron": "{{cron}}", "startCronTimeZone": "Asia/Shanghai", """);

    [Fact]
    public async Task Should_start_instances_on_the_cron_schedule_reschedule_on_republish_and_stop_on_unpublish()
    {
        await using var host = await TimerHost.StartAsync(_folder);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = TimerKeys.StartJob("pledge-reminder");

        await host.Definitions.SaveAndPublishAsync(Monthly("* * * * * *")); // every second
        await Eventually.HoldsAsync(async () => await Started(host) >= 2, TimeSpan.FromSeconds(15), async () => $"{await Started(host)} instances started");
        var requests = await host.QueryAsync(db => db.Instances.AsNoTracking().Select(i => i.StartRequestId).ToListAsync());
        Assert.All(requests, r => Assert.StartsWith("cron:pledge-reminder:", r));
        Assert.Equal(requests.Count, requests.Distinct().Count());

        await host.Definitions.SaveAndPublishAsync(Monthly("0 9 1 * *")); // 09:00 on the 1st of each month
        var next = Assert.Single(await scheduler.GetTriggersOfJob(job)).NextFireTimeUtc!.Value.ToOffset(TimeSpan.FromHours(8));
        Assert.Equal((1, 9, 0), (next.Day, next.Hour, next.Minute));

        Assert.Equal(2, await host.Definitions.UnpublishAsync("pledge-reminder")); // both published versions retire
        Assert.False(await scheduler.Exists(job));
        await Assert.ThrowsAsync<WorkflowHub.Engine.Runtime.WorkflowNotFoundException>(() =>
            host.Runtime.StartAsync(new WorkflowHub.Engine.Runtime.StartWorkflowRequest("pledge-reminder")));
    }

    [Fact]
    public async Task Should_restore_a_lost_cron_schedule_when_reconciling()
    {
        await using var host = await TimerHost.StartAsync(_folder);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await host.Definitions.SaveAndPublishAsync(Monthly("0 9 1 * *"));
        await scheduler.DeleteJob(TimerKeys.StartJob("pledge-reminder")); // as if the process died between the two commits

        await host.Services.GetRequiredService<Starts.QuartzStartScheduler>().ReconcileAsync();

        Assert.Single(await scheduler.GetTriggersOfJob(TimerKeys.StartJob("pledge-reminder")));
    }

    [Fact]
    public void Should_reject_a_bad_start_cron_and_a_required_input_it_cannot_give()
    {
        var loader = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(TimeProvider.System);
        WorkflowHub.Engine.EngineServiceCollectionExtensions.AddWorkflowEngine(loader);
        var load = loader.BuildServiceProvider().GetRequiredService<DefinitionLoader>();
        var result = load.Load(Monthly("every monday").Replace("\"activities\"", "\"inputs\": [ { \"name\": \"year\", \"type\": \"number\", \"required\": true } ], \"activities\""));
        Assert.Contains(result.Errors, e => e.Path == "$.startCron" && e.Message.Contains("every monday"));
        Assert.Contains(result.Errors, e => e.Path == "$.startCron" && e.Message.Contains("'year'"));
    }

    private static Task<int> Started(TimerHost host) => host.QueryAsync(db => db.Instances.CountAsync());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        TimerHost.DeleteFolder(_folder);
        return Task.CompletedTask;
    }
}
