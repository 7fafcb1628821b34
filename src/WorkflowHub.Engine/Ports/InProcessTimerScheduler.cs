using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Ports;

/// <summary>
/// The simple due-timer implementation: one background loop that sleeps until the earliest known
/// due time (or a poll interval) on the TimeProvider, then fires every due timer from the store.
/// Because it always reads due timers from the store, timers that came due while the process was
/// down fire at start, and a lost wake-up only delays a timer by one poll interval.
/// </summary>
public sealed class InProcessTimerScheduler(TimeProvider clock, ILogger<InProcessTimerScheduler> logger) : ITimerScheduler
{
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private DateTimeOffset _earliest = DateTimeOffset.MaxValue;
    private readonly Lock _gate = new();

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public ValueTask ScheduleAsync(WorkflowTimer timer, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (timer.DueAt >= _earliest) return ValueTask.CompletedTask;
            _earliest = timer.DueAt;
        }
        _wake.Release();
        return ValueTask.CompletedTask;
    }

    public ValueTask CancelAsync(Guid timerId, CancellationToken ct = default) => ValueTask.CompletedTask;

    /// <summary>Runs until cancelled, firing due timers through the runtime.</summary>
    public async Task RunAsync(WorkflowRuntime runtime, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                lock (_gate) _earliest = DateTimeOffset.MaxValue;
                int fired;
                do
                {
                    fired = await runtime.FireDueTimersAsync(500, ct);
                    if (fired > 0) logger.LogInformation("Fired {Count} due timers.", fired);
                } while (fired > 0 && !ct.IsCancellationRequested);

                TimeSpan wait;
                lock (_gate) wait = _earliest == DateTimeOffset.MaxValue ? PollInterval : _earliest - clock.GetUtcNow();
                if (wait > PollInterval) wait = PollInterval;
                if (wait > TimeSpan.Zero)
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    using var timer = clock.CreateTimer(_ => timeout.Cancel(), null, wait, Timeout.InfiniteTimeSpan);
                    try { await _wake.WaitAsync(timeout.Token); } catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
            catch (Exception e)
            {
                logger.LogError(e, "Firing due timers failed; trying again after {Interval}.", PollInterval);
                try { await Task.Delay(PollInterval, clock, ct); } catch (OperationCanceledException) { }
            }
        }
    }
}

/// <summary>Hosts the in-process timer loop in a generic host.</summary>
public sealed class InProcessTimerService(InProcessTimerScheduler scheduler, WorkflowRuntime runtime) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => scheduler.RunAsync(runtime, stoppingToken);
}
