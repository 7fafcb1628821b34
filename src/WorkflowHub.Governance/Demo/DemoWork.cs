using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Demo;

/// <summary>
/// What the demo steps do to workflows, through the engine's own operations and never through the clock: complete the
/// open task at an activity, or fire the deadline timer of one at once (the path a missed deadline takes).
/// </summary>
public sealed class DemoWork(WorkflowRuntime runtime, IDbContextFactory<WorkflowHubDbContext> contexts)
{
    /// <summary>Completes the instance's open task at the activity; false when there is none.</summary>
    public async Task<bool> CompleteAsync(Guid instanceId, string activityId, string outcome, JsonObject? data, string? actor, CancellationToken ct)
    {
        Guid? taskId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            taskId = await db.Tasks.AsNoTracking()
                .Where(t => t.InstanceId == instanceId && t.ActivityId == activityId && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed))
                .OrderBy(t => t.CreatedAt).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        if (taskId is null) return false;
        var result = await runtime.CompleteTaskAsync(taskId.Value, outcome, data, actor, ct);
        return result.Outcome == ResumeOutcome.Resumed;
    }

    /// <summary>Fires the pending deadline of the task at the activity now, as if its time had come; false when there is none.</summary>
    public async Task<bool> MissDeadlineAsync(Guid instanceId, string activityId, CancellationToken ct)
    {
        Guid? timerId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            timerId = await db.Timers.AsNoTracking()
                .Where(t => t.InstanceId == instanceId && t.ActivityId == activityId && t.Purpose == "deadline" && t.Status == TimerStatus.Pending)
                .OrderBy(t => t.DueAt).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        if (timerId is null) return false;
        var result = await runtime.FireTimerAsync(timerId.Value, ct);
        return result.Outcome == ResumeOutcome.Resumed;
    }

    /// <summary>The workflow instance driving a service request.</summary>
    public async Task<Guid?> RequestInstanceAsync(Guid requestId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ServiceRequests.ServiceRequest>().AsNoTracking().Where(r => r.Id == requestId).Select(r => r.InstanceId).FirstOrDefaultAsync(ct);
    }

    /// <summary>The workflow a request's missed deadline started (its escalation), if any.</summary>
    public async Task<Guid?> ChildOfAsync(Guid instanceId, string definitionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Instances.AsNoTracking().Where(i => i.ParentInstanceId == instanceId && i.DefinitionId == definitionId)
            .OrderBy(i => i.CreatedAt).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Who holds each role at each unit ("grid-worker@grid-7" → the first holder by id), for picking actors.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StaffAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var assignments = await db.Set<RoleAssignment>().AsNoTracking().OrderBy(a => a.PersonId).Select(a => new { a.Role, a.OrgUnitId, a.PersonId }).ToListAsync(ct);
        var staff = new Dictionary<string, string>();
        foreach (var a in assignments) staff.TryAdd(a.Role + "@" + a.OrgUnitId, a.PersonId);
        return staff;
    }

    /// <summary>
    /// Runs the work for every item, a few at a time (each item's own steps stay in order), reporting progress as items finish.
    /// Items are independent instances, so running them side by side only shares the database's write lock.
    /// </summary>
    public static async Task ForEachAsync<T>(IReadOnlyList<T> items, string stage, IProgress<DemoProgress> progress, Func<T, CancellationToken, Task> work, CancellationToken ct)
    {
        var done = 0;
        progress.Report(new DemoProgress(stage, 0, items.Count));
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (item, token) =>
        {
            await work(item, token);
            var finished = Interlocked.Increment(ref done);
            if (finished % 10 == 0 || finished == items.Count) progress.Report(new DemoProgress(stage, finished, items.Count));
        });
    }
}
