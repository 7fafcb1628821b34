using System.Threading.RateLimiting;

namespace WorkflowHub.Security.RateLimiting;

/// <summary>
/// A fixed-window limiter that reads the time from a <see cref="TimeProvider"/> (the framework's limiters run on their own
/// timers and the machine clock): a window opens with a caller's first request and holds <see cref="RateLimitRule.Permits"/>.
/// No queueing: a request over the limit is refused at once with the time until the window ends.
/// </summary>
public sealed class ClockedWindowLimiter(RateLimitRule rule, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowEnds = DateTimeOffset.MinValue;
    private int _used;
    private long _refused;
    private long _granted;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                return now >= _windowEnds ? now - _windowEnds : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, rule.Permits - (clock.GetUtcNow() >= _windowEnds ? 0 : _used)),
                TotalFailedLeases = _refused,
                TotalSuccessfulLeases = _granted,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now >= _windowEnds)
            {
                _windowEnds = now + rule.Window;
                _used = 0;
            }

            if (_used + permitCount <= rule.Permits)
            {
                _used += permitCount;
                _granted++;
                return Lease.Granted;
            }

            _refused++;
            return new Lease(false, _windowEnds - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
