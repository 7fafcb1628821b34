using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;
using WorkflowHub.Server.Hosting;

namespace WorkflowHub.Server.Endpoints;

/// <summary>
/// <c>/health</c>: liveness (the process answers and reaches its database). <c>/health/ready</c>: whether a load balancer
/// should send traffic here. Both anonymous, so they say nothing but a status: a database error goes to the log only.
/// </summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/health", async (IDbContextFactory<WorkflowHubDbContext> contexts, ILogger<Readiness> logger, CancellationToken ct) =>
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var definitions = await db.Definitions.CountAsync(ct);
                return Results.Ok(new { status = "Healthy", database = "ok", definitions });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Health check: the database does not answer.");
                return Results.Json(new { status = "Unhealthy", database = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });

        app.MapGet("/health/ready", async (Readiness readiness, IDbContextFactory<WorkflowHubDbContext> contexts, ILogger<Readiness> logger, CancellationToken ct) =>
        {
            if (readiness.Current != Readiness.Stage.Ready)
                return Results.Json(new { status = readiness.Current == Readiness.Stage.Starting ? "starting" : "stopping" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            try
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                if (!await db.Database.CanConnectAsync(ct)) throw new InvalidOperationException("The database refused the connection.");
                return Results.Ok(new { status = "ready" });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Readiness check: the database does not answer.");
                return Results.Json(new { status = "database unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
