using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace WorkflowHub.Security.RateLimiting;

/// <summary>The stricter limit on sign-in attempts (<c>login</c>, <c>residentLogin</c>) per IP address, which slows guessing across many accounts.</summary>
public sealed class SignInLimiter(IOptions<RateLimitOptions> options, TimeProvider clock) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.Get(key, _ => new ClockedWindowLimiter(options.Value.SignIn, clock)));

    /// <summary>Null when the attempts may go ahead, else how long to wait.</summary>
    public TimeSpan? TryAcquire(HttpContext context, int attempts)
    {
        if (!options.Value.Enabled || attempts == 0) return null;
        using var lease = _limiter.AttemptAcquire(CallerKey.Address(context), attempts);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.SignIn.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
