using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Engine.GraphQL.Queries;

/// <summary>What hangs off an instance. Lists of instances load each of these with one query per page.</summary>
[ExtendObjectType(typeof(WorkflowInstanceNode))]
public sealed class InstanceRelations
{
    [GraphQLDescription("The instance's variables as they stand.")]
    public JsonNode? GetVariables([Parent] WorkflowInstanceNode instance) => JsonNode.Parse(instance.VariablesJson);

    [GraphQLDescription("The definition version the instance runs on.")]
    public Task<WorkflowDefinitionNode?> GetDefinitionAsync([Parent] WorkflowInstanceNode instance, DefinitionByVersion definitions) =>
        definitions.GetAsync(instance.DefinitionId, instance.Version);

    public async Task<IReadOnlyList<TaskNode>> GetOpenTasksAsync([Parent] WorkflowInstanceNode instance, OpenTasksByInstance tasks) =>
        await tasks.LoadAsync(instance.Id) ?? [];

    public async Task<IReadOnlyList<TimerNode>> GetPendingTimersAsync([Parent] WorkflowInstanceNode instance, PendingTimersByInstance timers) =>
        await timers.LoadAsync(instance.Id) ?? [];

    [GraphQLDescription("Faults waiting for a retry.")]
    public async Task<IReadOnlyList<IncidentNode>> GetIncidentsAsync([Parent] WorkflowInstanceNode instance, OpenIncidentsByInstance incidents) =>
        await incidents.LoadAsync(instance.Id) ?? [];

    [GraphQLDescription("The history, oldest first: at most `first` entries from sequence `after` on.")]
    public async Task<IReadOnlyList<JournalEntryNode>> GetJournalAsync([Parent] WorkflowInstanceNode instance, [Service] RequestDbContexts db,
        CancellationToken ct, int first = 100, int after = 0) =>
        await db.Open().Journal.Where(j => j.InstanceId == instance.Id && j.Sequence > after).OrderBy(j => j.Sequence)
            .Take(Math.Clamp(first, 0, 1000)).Select(JournalEntryNode.Projection).ToListAsync(ct);
}
