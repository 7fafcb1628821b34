using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WorkflowHub.Security.Tokens;

/// <summary>
/// Reloads the signing keys every <see cref="SecurityOptions.KeyRefreshInterval"/>, so a key rotated or retired on one
/// server signs or stops working on every server sharing the database within that time.
/// </summary>
internal sealed class SigningKeyRefresh(SigningKeyring keyring, IOptions<SecurityOptions> options, TimeProvider clock, ILogger<SigningKeyRefresh> logger)
    : IHostedService, IDisposable
{
    private ITimer? _timer;

    /// <summary>The reload the timer started last (tests wait for it instead of sleeping).</summary>
    internal Task Latest { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken ct)
    {
        var interval = options.Value.KeyRefreshInterval;
        if (interval > TimeSpan.Zero) _timer = clock.CreateTimer(_ => Tick(interval), null, interval, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    // One-shot, re-armed after each tick: a slow reload never overlaps the next.
    private void Tick(TimeSpan interval)
    {
        Latest = ReloadAsync();
        Latest.ContinueWith(_ => _timer?.Change(interval, Timeout.InfiniteTimeSpan), TaskScheduler.Default);
    }

    private async Task ReloadAsync()
    {
        try
        {
            await keyring.LoadAsync();
        }
        catch (Exception e)
        {
            // The keys loaded before keep working; the next tick tries again.
            logger.LogWarning(e, "Could not reload the token signing keys.");
        }
    }

    public Task StopAsync(CancellationToken ct)
    {
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();
}
