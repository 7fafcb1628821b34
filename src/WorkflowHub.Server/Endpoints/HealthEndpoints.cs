using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;

namespace WorkflowHub.Server.Endpoints;

internal static class HealthEndpoints
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (IDbContextFactory<WorkflowHubDbContext> contexts, CancellationToken ct) =>
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var definitions = await db.Definitions.CountAsync(ct);
                return Results.Ok(new { status = "Healthy", database = "ok", definitions });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Json(new { status = "Unhealthy", database = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
}
