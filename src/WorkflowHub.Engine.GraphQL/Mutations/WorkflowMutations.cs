using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.Engine.GraphQL.Mutations;

[GraphQLName("StartWorkflowPayload")]
public sealed record StartWorkflowPayload(Guid InstanceId, bool AlreadyStarted, WorkflowInstanceNode? Instance);

[GraphQLName("TaskCompletionPayload")]
public sealed record TaskCompletionPayload(
    [property: GraphQLDescription("RESUMED, or ALREADY_CONSUMED when the task was completed before (nothing changed).")] ResumeOutcome Outcome,
    string Message,
    WorkflowInstanceNode? Instance);

[GraphQLName("UnpublishWorkflowPayload")]
public sealed record UnpublishWorkflowPayload(
    string DefinitionId,
    [property: GraphQLDescription("How many published versions were retired; 0 when none was published.")] int RetiredVersions,
    [property: GraphQLDescription("Every stored version of the definition as it now stands, oldest first.")] IReadOnlyList<WorkflowDefinitionNode> Versions);

[MutationType]
public sealed class WorkflowMutations
{
    [Authorize(EngineRoles.WorkflowAdmin)]
    [GraphQLDescription("Validates and stores a definition as the draft of its id. An invalid definition is refused with every problem and its JSON path.")]
    public Task<WorkflowDefinitionNode> SaveWorkflowDraftAsync(JsonNode definition, [Service] DefinitionService definitions, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            var result = await definitions.SaveValidDraftAsync(definition.ToJsonString(), ct);
            if (result.Errors.Count > 0 || result.Draft is null)
                throw EngineErrors.Listing(result.Errors, EngineErrors.DefinitionInvalid, "The workflow definition is not valid");
            return WorkflowDefinitionNode.From(result.Draft);
        });

    [Authorize(EngineRoles.WorkflowAdmin)]
    [GraphQLDescription("Publishes the draft of a definition as its next version. Running instances stay on their version.")]
    public Task<WorkflowDefinitionNode> PublishWorkflowAsync(string definitionId, ClaimsPrincipal? user, [Service] DefinitionService definitions, CancellationToken ct) =>
        EngineErrors.Guard(async () => WorkflowDefinitionNode.From(await definitions.PublishAsync(definitionId, user.PersonId(), ct)));

    [Authorize(EngineRoles.WorkflowAdmin)]
    [GraphQLDescription("Retires every published version of a definition: no instance starts from it any more and its cron start is removed; " +
                        "running instances carry on. Publishing a draft makes it live again.")]
    public Task<UnpublishWorkflowPayload> UnpublishWorkflowAsync(string definitionId, ClaimsPrincipal? user, [Service] DefinitionService definitions,
        [Service] RequestDbContexts db, [Service] PublishedDefinitionCache published, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            if (!await db.Open().Definitions.AnyAsync(d => d.DefinitionId == definitionId, ct))
                throw new WorkflowNotFoundException($"No workflow definition has the id '{definitionId}'.");
            var retired = await definitions.UnpublishAsync(definitionId, user.PersonId(), ct);
            published.Forget(definitionId);
            var versions = await db.Open().Definitions.Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version)
                .Select(WorkflowDefinitionNode.Projection).ToListAsync(ct);
            return new UnpublishWorkflowPayload(definitionId, retired, versions);
        });

    [GraphQLDescription("Starts an instance of the latest published version (or the version given). A repeated requestId returns the first instance.")]
    public Task<StartWorkflowPayload> StartWorkflowAsync(string definitionId, JsonNode? input, int? version, string? businessKey, string? requestId,
        [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            if (input is not null and not JsonObject)
                throw EngineErrors.Listing([new ValidationError("$", "The input must be a JSON object.")], EngineErrors.InputInvalid, "The start input does not fit the workflow's inputs");
            var started = await runtime.StartAsync(new StartWorkflowRequest(definitionId, (JsonObject?)input?.DeepClone(), version, businessKey, requestId), ct);
            return new StartWorkflowPayload(started.InstanceId, started.AlreadyStarted, await InstanceAsync(db, started.InstanceId, ct));
        });

    [GraphQLDescription("Completes a human task with one of its outcomes and its form data. Only a task of the caller's inbox (myTasks) "
                        + "can be completed. Completing it again changes nothing and says so.")]
    public Task<TaskCompletionPayload> CompleteTaskAsync(Guid taskId, string outcome, JsonNode? data, ClaimsPrincipal? user,
        [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, [Service] IEngineRowScope scope, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            if (data is not null and not JsonObject)
                throw EngineErrors.Listing([new ValidationError("$.data", "The form data must be a JSON object.")], EngineErrors.InputInvalid, "The task cannot be completed like this");
            await EnsureWorkableAsync(taskId, db, scope, "complete", ct);
            // The signed-in person completes it: a task they claimed stays theirs to complete.
            var actor = user.PersonId();
            var result = await runtime.CompleteTaskAsync(taskId, outcome, (JsonObject?)data?.DeepClone(), actor, ct);
            return new TaskCompletionPayload(result.Outcome, result.Message, result.InstanceId is { } id ? await InstanceAsync(db, id, ct) : null);
        });

    [GraphQLDescription("Claims a task of the caller's inbox (myTasks) for the caller, so that nobody else completes it. "
                        + "claimant, when given, must be the caller.")]
    public Task<TaskNode> ClaimTaskAsync(Guid taskId, string? claimant, ClaimsPrincipal? user, [Service] WorkflowRuntime runtime,
        [Service] RequestDbContexts db, [Service] IEngineRowScope scope, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            var caller = user.PersonId();
            if (caller is not null && claimant is not null && claimant != caller)
                throw EngineErrors.Listing([new ValidationError("$.claimant", $"A task is claimed by the caller; '{claimant}' is someone else.")],
                    EngineErrors.InputInvalid, "The task cannot be claimed like this");
            var who = caller ?? claimant
                ?? throw EngineErrors.Listing([new ValidationError("$.claimant", "Sign in, or name who claims the task.")], EngineErrors.InputInvalid, "The task cannot be claimed like this");
            await EnsureWorkableAsync(taskId, db, scope, "claim", ct);
            await runtime.ClaimTaskAsync(taskId, who, ct);
            return await db.Open().Tasks.Where(t => t.Id == taskId).Select(TaskNode.Projection).SingleAsync(ct);
        });

    // Checked before the engine resumes anything: a task outside the caller's inbox is refused as if the field were denied,
    // and an unknown id stays NOT_FOUND (from the engine), so ids cannot be probed for other units' tasks beyond existence.
    private static async Task EnsureWorkableAsync(Guid taskId, RequestDbContexts db, IEngineRowScope scope, string verb, CancellationToken ct)
    {
        var context = db.Open();
        if (!await context.Tasks.AnyAsync(t => t.Id == taskId, ct)) return;
        var workable = await scope.WorkableTasksAsync(context, ct);
        if (await workable.AnyAsync(t => t.Id == taskId, ct)) return;
        throw new GraphQLException($"You may not {verb} this task: it is not in your inbox (your roles do not cover its org unit).", ErrorCodes.NotAuthorized);
    }

    [GraphQLDescription("Sends a named signal, optionally to waits with this correlation key only. Returns how many waits it resumed.")]
    public Task<int> SendSignalAsync(string name, string? correlationKey, JsonNode? payload, [Service] WorkflowRuntime runtime, CancellationToken ct) =>
        EngineErrors.Guard(() => runtime.SendSignalAsync(name, correlationKey, payload?.DeepClone(), actor: null, ct));

    [GraphQLDescription("Cancels a running instance, its waits, timers, tasks and child instances.")]
    public Task<WorkflowInstanceNode?> CancelWorkflowInstanceAsync(Guid id, string? reason, [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            await runtime.CancelAsync(id, reason, actor: null, ct);
            return await InstanceAsync(db, id, ct);
        });

    [GraphQLDescription("Runs the faulted step of an instance again.")]
    public Task<WorkflowInstanceNode?> RetryWorkflowInstanceAsync(Guid id, [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            await runtime.RetryAsync(id, actor: null, ct);
            return await InstanceAsync(db, id, ct);
        });

    private static Task<WorkflowInstanceNode?> InstanceAsync(RequestDbContexts db, Guid id, CancellationToken ct) =>
        db.Open().Instances.Where(i => i.Id == id).Select(WorkflowInstanceNode.Projection).FirstOrDefaultAsync(ct);
}
