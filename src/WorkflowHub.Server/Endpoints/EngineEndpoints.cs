using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.GraphQL;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Persistence;

namespace WorkflowHub.Server.Endpoints;

public sealed record StartInstanceBody(JsonObject? Input, string? RequestId, string? BusinessKey);

public sealed record CompleteTaskBody(string? Outcome, JsonObject? Data);

/// <summary>
/// A small JSON door to the engine for operators and integrations: workflow admins only (signed in or by API key), who
/// act on any instance here as they may cancel, retry and signal any instance over GraphQL; every step they take is
/// journaled in their name. The product's API for front ends is GraphQL, where a task is completed from an inbox.
/// </summary>
internal static class EngineEndpoints
{
    public static void MapEngineEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/engine").RequireAuthorization(policy => policy.RequireRole(EngineRoles.WorkflowAdmin));

        api.MapPost("/workflows/{definitionId}/instances", async (string definitionId, StartInstanceBody? body, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken ct) =>
        {
            var result = await runtime.StartAsync(new StartWorkflowRequest(definitionId, body?.Input, BusinessKey: body?.BusinessKey, RequestId: body?.RequestId, Actor: user.PersonId()), ct);
            return Results.Ok(result);
        });

        api.MapPost("/tasks/{taskId:guid}/complete", async (Guid taskId, CompleteTaskBody? body, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body?.Outcome))
                return Problem([new ValidationError("$.outcome", "outcome is required.")]);
            return Results.Ok(await runtime.CompleteTaskAsync(taskId, body.Outcome, body.Data, user.PersonId(), ct));
        });

        api.MapGet("/instances/{id:guid}", async (Guid id, IDbContextFactory<WorkflowHubDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
            if (instance is null) return Results.NotFound(new { error = $"No workflow instance {id}." });
            var tasks = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt)
                .Select(t => new { t.Id, t.ActivityId, t.Title, Status = t.Status.ToString(), t.Outcome }).ToListAsync(ct);
            return Results.Ok(new
            {
                instance.Id, instance.DefinitionId, instance.DefinitionVersion, Status = instance.Status.ToString(),
                instance.BusinessStatus, instance.BusinessKey, Variables = JsonNode.Parse(instance.VariablesJson), tasks,
            });
        });

        api.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (WorkflowInputException e) { return Problem(e.Errors); }
            catch (TaskCompletionException e) { return Problem(e.Errors, StatusCodes.Status409Conflict); }
            catch (DefinitionInvalidException e) { return Problem(e.Errors); }
            catch (TaskNotFoundException e) { return Results.NotFound(new { error = e.Message }); }
            catch (InstanceNotFoundException e) { return Results.NotFound(new { error = e.Message }); }
            catch (WorkflowNotFoundException e) { return Results.NotFound(new { error = e.Message }); }
        });
    }

    private static IResult Problem(IReadOnlyList<ValidationError> errors, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { errors = errors.Select(e => new { path = e.Path, message = e.Message }) }, statusCode: status);
}
