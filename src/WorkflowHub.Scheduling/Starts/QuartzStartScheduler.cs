using Microsoft.Extensions.Logging;
using Quartz;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Engine.Timing;
using WorkflowHub.Scheduling.Timers;

namespace WorkflowHub.Scheduling.Starts;

/// <summary>
/// Cron starts on Quartz: one job per definition (key = definition id), holding one one-off trigger for the
/// next occurrence, computed with the engine's <see cref="CronSchedule"/> (the same syntax as the Timer
/// activity). Each firing starts an instance with the request id <c>cron:{definitionId}:{occurrence}</c>, so a
/// firing repeated after a crash starts nothing twice, and schedules the occurrence after it.
/// After downtime, missed occurrences fold into one start at once; the schedule then continues.
/// </summary>
public sealed class QuartzStartScheduler(ISchedulerFactory factory, IWorkflowStore store, DefinitionLoader loader, TimeProvider clock,
    ILogger<QuartzStartScheduler> logger) : IStartScheduler
{
    public const string OccurrenceKey = "occurrence";

    public async Task DefinitionPublishedAsync(WorkflowDefinition published, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        await scheduler.DeleteJob(TimerKeys.StartJob(published.DefinitionId), ct);
        if (published.StartCron is null) return;
        await ScheduleNextAsync(scheduler, published.DefinitionId, published.StartCron, published.StartCronTimeZone, clock.GetUtcNow(), ct);
    }

    public async Task DefinitionUnpublishedAsync(string definitionId, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        if (await scheduler.DeleteJob(TimerKeys.StartJob(definitionId), ct))
            logger.LogInformation("Removed the cron start of {DefinitionId}: it is no longer published.", definitionId);
    }

    /// <summary>Every published definition with a startCron has a next firing; no other has one.</summary>
    public async Task ReconcileAsync(CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        var wanted = new Dictionary<string, WorkflowDefinition>();
        await using (var uow = store.Begin())
        {
            foreach (var record in (await uow.ListDefinitionsAsync(ct)).Where(d => d.Status == DefinitionStatus.Published)
                         .GroupBy(d => d.DefinitionId).Select(g => g.MaxBy(d => d.Version)!))
            {
                var definition = loader.Load(record.Json).Definition;
                if (definition?.StartCron is not null) wanted[record.DefinitionId] = definition;
            }
        }
        foreach (var job in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(TimerKeys.StartGroup), ct))
            if (!wanted.ContainsKey(job.Name)) await DefinitionUnpublishedAsync(job.Name, ct);
        foreach (var (id, definition) in wanted)
        {
            var triggers = await scheduler.GetTriggersOfJob(TimerKeys.StartJob(id), ct);
            if (triggers.Count == 0)
                await ScheduleNextAsync(scheduler, id, definition.StartCron!, definition.StartCronTimeZone, clock.GetUtcNow(), ct);
        }
    }

    internal async Task<DateTimeOffset?> ScheduleNextAsync(IScheduler scheduler, string definitionId, string cron, string? timeZone, DateTimeOffset after, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone ?? WorkflowDefinition.DefaultTimeZone);
        var next = CronSchedule.Parse(cron).GetNextOccurrence(after, zone);
        if (next is null)
        {
            logger.LogWarning("The cron start '{Cron}' of {DefinitionId} never fires again.", cron, definitionId);
            return null;
        }
        var job = JobBuilder.Create<CronStartJob>().WithIdentity(TimerKeys.StartJob(definitionId)).StoreDurably().RequestRecovery()
            .WithDescription($"Starts {definitionId} on '{cron}' ({zone.Id})").Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"{definitionId}@{next.Value.ToUnixTimeMilliseconds()}", TimerKeys.StartGroup)
            .ForJob(job)
            .UsingJobData(OccurrenceKey, next.Value.ToUnixTimeMilliseconds())
            .StartAt(next.Value)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        if (await scheduler.Exists(job.Key, ct)) await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, ct);
        else await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
        return next;
    }

    /// <summary>Starts the instance of one occurrence, after scheduling the next from the definition now published.</summary>
    internal async Task FireAsync(IScheduler scheduler, WorkflowRuntime runtime, string definitionId, DateTimeOffset occurrence, CancellationToken ct)
    {
        WorkflowDefinition? definition;
        await using (var uow = store.Begin())
        {
            var record = await uow.FindLatestPublishedAsync(definitionId, ct);
            definition = record is null ? null : loader.Load(record.Json).Definition;
        }
        if (definition?.StartCron is null)
        {
            await DefinitionUnpublishedAsync(definitionId, ct);
            return;
        }
        var after = occurrence > clock.GetUtcNow() ? occurrence : clock.GetUtcNow();
        await ScheduleNextAsync(scheduler, definitionId, definition.StartCron, definition.StartCronTimeZone, after, ct);
        var result = await runtime.StartAsync(new StartWorkflowRequest(definitionId,
            RequestId: $"cron:{definitionId}:{occurrence.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}", Actor: "cron"), ct);
        logger.LogInformation("Cron start of {DefinitionId} for {Occurrence:O}: instance {InstanceId}{Again}.", definitionId, occurrence, result.InstanceId,
            result.AlreadyStarted ? " (already started before)" : "");
    }
}

/// <summary>The job of one definition's cron start.</summary>
internal sealed class CronStartJob(QuartzStartScheduler starts, WorkflowRuntime runtime) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var occurrence = context.Trigger.JobDataMap.TryGetLong(QuartzStartScheduler.OccurrenceKey, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await starts.FireAsync(context.Scheduler, runtime, context.JobDetail.Key.Name, occurrence, cancellationToken);
    }
}
