using System.Diagnostics;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Scheduling.Timers;

/// <summary>
/// Fires due timers from the timer table, earliest first, a page at a time with bounded parallelism
/// (and an optional rate), so a backlog of 100,000 overdue timers drains steadily instead of storming
/// the database, and live requests keep their turn at the write lock in between.
/// Firing is the engine's idempotent <see cref="WorkflowRuntime.FireTimerAsync"/>: a timer already
/// fired or cancelled, or whose bookmark is gone, changes nothing.
/// </summary>
public sealed class TimerDispatcher(WorkflowRuntime runtime, ITimerReader timers, QuartzTimerOptions options, TimeProvider clock, ILogger<TimerDispatcher> logger)
{
    /// <summary>
    /// Fires everything due now; then, until <paramref name="until"/>, waits for each pending timer's due time
    /// and fires it too. Returns how many timers took effect.
    /// </summary>
    public async Task<int> DispatchAsync(DateTimeOffset? until, CancellationToken ct)
    {
        var failed = new HashSet<Guid>();
        var total = 0;
        var watch = Stopwatch.StartNew();
        while (!ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var due = await timers.DueAsync(now, options.PageSize + failed.Count, ct);
            var batch = due.Where(t => !failed.Contains(t.Id)).Take(options.PageSize).ToList();
            if (batch.Count > 0)
            {
                var late = now - batch[0].DueAt;
                if (late > options.MisfireThreshold)
                    logger.LogInformation("Misfire recovery: firing {Count} overdue timers in due order, the earliest due {DueAt:O} ({Late} late).",
                        batch.Count, batch[0].DueAt, late);
                await Parallel.ForEachAsync(Batches(batch), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.FireParallelism), CancellationToken = ct },
                    async (group, token) =>
                    {
                        var fired = await FireAsync(group, token);
                        Interlocked.Add(ref total, fired.Count(r => r.Result is { Outcome: ResumeOutcome.Resumed or ResumeOutcome.Faulted }));
                        foreach (var (timerId, result) in fired.Where(f => f.Result is null))
                            lock (failed) failed.Add(timerId);
                    });
                await PaceAsync(total + failed.Count, watch, ct);
                continue; // more may have come due meanwhile
            }
            if (until is null) break;
            var next = await timers.NextDueAsync(now, until.Value, ct);
            if (next is null) break;
            var wait = next.Value - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);
        }
        return total;
    }

    /// <summary>Splits a page, in due order, into groups of distinct instances of at most BatchSize timers.</summary>
    private IEnumerable<List<WorkflowTimer>> Batches(List<WorkflowTimer> page)
    {
        var size = Math.Max(1, options.BatchSize);
        var rest = page;
        while (rest.Count > 0)
        {
            var group = new List<WorkflowTimer>();
            var instances = new HashSet<Guid>();
            var later = new List<WorkflowTimer>();
            foreach (var timer in rest)
            {
                if (group.Count < size && instances.Add(timer.InstanceId)) group.Add(timer);
                else later.Add(timer);
            }
            yield return group;
            rest = later;
        }
    }

    /// <summary>Fires a group in one transaction; deferred timers, and every timer of a group that failed, one by one.</summary>
    private async Task<List<(Guid TimerId, ResumeResult? Result)>> FireAsync(List<WorkflowTimer> group, CancellationToken ct)
    {
        var results = new List<(Guid, ResumeResult?)>();
        var single = new List<Guid>();
        if (group.Count > 1)
        {
            try
            {
                var batch = await runtime.FireTimersAsync(group.Select(t => t.Id).ToList(), ct);
                results.AddRange(batch.Fired.Select(f => (f.TimerId, (ResumeResult?)f.Result)));
                single.AddRange(batch.Deferred);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "A group of {Count} timers failed together; firing them one by one.", group.Count);
                single.AddRange(group.Select(t => t.Id));
            }
        }
        else single.AddRange(group.Select(t => t.Id));
        foreach (var timerId in single)
        {
            try { results.Add((timerId, await runtime.FireTimerAsync(timerId, ct))); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Firing timer {TimerId} failed; it stays pending and is tried again by the next dispatch.", timerId);
                results.Add((timerId, null));
            }
        }
        return results;
    }

    private async Task PaceAsync(int done, Stopwatch watch, CancellationToken ct)
    {
        if (options.MaxFiringsPerSecond <= 0) return;
        var earliest = TimeSpan.FromSeconds((double)done / options.MaxFiringsPerSecond);
        if (earliest > watch.Elapsed) await Task.Delay(earliest - watch.Elapsed, ct);
    }
}
