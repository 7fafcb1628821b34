using System.Data.Common;

namespace WorkflowHub.Server.Hosting;

/// <summary>
/// The database went away mid-request (a restart, a failover): the caller gets 503 with Retry-After and a GraphQL-shaped
/// error it can act on, not a 500. Whatever the request did was in one transaction, so it either happened or not, and
/// the operations a client repeats (submissions with their request id, task completions) are safe to repeat.
/// </summary>
internal sealed class DatabaseUnavailable(RequestDelegate next, ILogger<DatabaseUnavailable> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsDatabaseOutage(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(e, "The database did not answer {Method} {Path}; answered 503.", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsJsonAsync(new
            {
                errors = new[] { new { message = "The database is not answering; try again shortly.", extensions = new { code = "SERVICE_UNAVAILABLE" } } },
            });
        }
    }

    private static bool IsDatabaseOutage(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is DbException or TimeoutException || e.GetType().Name is "NpgsqlException" or "PostgresException") return true;
        return false;
    }
}
