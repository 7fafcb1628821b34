using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace WorkflowHub.Security.RateLimiting;

/// <summary>The answer to a request over its limit: 429, <c>Retry-After</c> in whole seconds, and a GraphQL-shaped error body.</summary>
public static class RateLimitedResponse
{
    public const string Code = "RATE_LIMITED";

    public static int Seconds(TimeSpan? retryAfter) => retryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;

    public static string Message(int seconds, string what = "requests") =>
        $"Too many {what}: try again in {seconds} s.";

    public static void SetRetryAfter(HttpResponse response, int seconds)
    {
        if (!response.HasStarted) response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
    }

    public static async Task WriteAsync(HttpContext context, TimeSpan? retryAfter, CancellationToken ct)
    {
        var seconds = Seconds(retryAfter);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        SetRetryAfter(response, seconds);
        response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message = Message(seconds), extensions = new { code = Code, retryAfter = seconds } } } };
        await JsonSerializer.SerializeAsync(response.Body, body, cancellationToken: ct);
    }
}
