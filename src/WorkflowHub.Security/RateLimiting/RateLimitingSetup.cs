using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WorkflowHub.Security.RateLimiting;

/// <summary>ASP.NET Core's rate-limiting middleware with one <see cref="ClockedWindowLimiter"/> per caller (see <see cref="CallerKey"/>).</summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddWorkflowHubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("WorkflowHub:RateLimits"));
        services.AddSingleton<SignInLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, TimeProvider>((options, limits, clock) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, ct) =>
            {
                rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                return new ValueTask(RateLimitedResponse.WriteAsync(rejected.HttpContext, retryAfter, ct));
            };
            options.GlobalLimiter = PerCaller(limits.Value, clock);
        });
        return services;
    }

    /// <summary>Call after authentication, so signed-in callers count by who they are.</summary>
    public static IApplicationBuilder UseWorkflowHubRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    private static PartitionedRateLimiter<HttpContext> PerCaller(RateLimitOptions limits, TimeProvider clock) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!limits.Enabled || !Counts(context.Request.Path, limits.Paths)) return RateLimitPartition.GetNoLimiter("");
            var (key, signedIn) = CallerKey.Of(context);
            var rule = signedIn ? limits.SignedIn : limits.Anonymous;
            return RateLimitPartition.Get(key, _ => new ClockedWindowLimiter(rule, clock));
        });

    private static bool Counts(PathString path, string[] prefixes) => prefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
