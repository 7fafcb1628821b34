using System.Diagnostics;
using Microsoft.Extensions.Logging;
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
        var fired = 0;
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
                await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.FireParallelism), CancellationToken = ct },
                    async (timer, token) =>
                    {
                        try
                        {
                            var result = await runtime.FireTimerAsync(timer.Id, token);
                            if (result.Outcome is ResumeOutcome.Resumed or ResumeOutcome.Faulted) Interlocked.Increment(ref fired);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            lock (failed) failed.Add(timer.Id);
                            logger.LogWarning(e, "Firing timer {TimerId} failed; it stays pending and is tried again by the next dispatch.", timer.Id);
                        }
                    });
                await PaceAsync(fired + failed.Count, watch, ct);
                continue; // more may have come due meanwhile
            }
            if (until is null) break;
            var next = await timers.NextDueAsync(now, until.Value, ct);
            if (next is null) break;
            var wait = next.Value - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);
        }
        return fired;
    }

    private async Task PaceAsync(int done, Stopwatch watch, CancellationToken ct)
    {
        if (options.MaxFiringsPerSecond <= 0) return;
        var earliest = TimeSpan.FromSeconds((double)done / options.MaxFiringsPerSecond);
        if (earliest > watch.Elapsed) await Task.Delay(earliest - watch.Elapsed, ct);
    }
}
