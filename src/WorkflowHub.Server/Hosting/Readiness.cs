namespace WorkflowHub.Server.Hosting;

/// <summary>Whether this node may take traffic: not before its start-up work ran, not once it began to stop.</summary>
public sealed class Readiness
{
    public enum Stage { Starting, Ready, Stopping }

    private volatile int _stage;

    public Stage Current => (Stage)_stage;

    internal void Set(Stage stage) => _stage = (int)stage;
}

/// <summary>
/// Moves <see cref="Readiness"/> with the host's life, and on stopping waits <c>WorkflowHub:ShutdownDelay</c> with the
/// listener still open, answering <c>/health/ready</c> with 503, so a load balancer takes the node out before it refuses
/// connections. In-flight requests then drain for up to <c>WorkflowHub:ShutdownTimeout</c>.
/// </summary>
internal sealed class ReadinessLifecycle(Readiness readiness, ShutdownOptions options, TimeProvider clock, ILogger<ReadinessLifecycle> logger) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken ct)
    {
        readiness.Set(Readiness.Stage.Ready);
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken ct)
    {
        readiness.Set(Readiness.Stage.Stopping);
        logger.LogInformation("Stopping: not ready; draining for {Delay} before the listener closes, then up to {Timeout} for requests in flight.",
            options.Delay, options.Timeout);
        if (options.Delay > TimeSpan.Zero) await Task.Delay(options.Delay, clock, ct).ConfigureAwait(false);
    }

    public Task StartingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}

public sealed record ShutdownOptions(TimeSpan Delay, TimeSpan Timeout)
{
    public static ShutdownOptions From(IConfiguration configuration) => new(
        configuration.GetValue("WorkflowHub:ShutdownDelay", TimeSpan.Zero),
        configuration.GetValue("WorkflowHub:ShutdownTimeout", TimeSpan.FromSeconds(30)));
}
