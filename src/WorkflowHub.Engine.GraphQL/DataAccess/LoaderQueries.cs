using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Persistence;

namespace WorkflowHub.Engine.GraphQL.DataAccess;

/// <summary>
/// The batch queries behind the instance loaders, compiled once per model: a list page runs them on every request, and
/// translating their LINQ each time cost more than the SQL. A compiled query keeps the model it first ran on, so there is
/// one set per model (a test process may hold several).
/// </summary>
internal sealed class LoaderQueries
{
    private static readonly ConditionalWeakTable<IModel, LoaderQueries> ByModel = new();

    public static LoaderQueries For(WorkflowHubDbContext db) => ByModel.GetValue(db.Model, _ => new LoaderQueries());

    public readonly Func<WorkflowHubDbContext, Guid[], IAsyncEnumerable<TaskNode>> OpenTasks =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid[] instanceIds) => db.Tasks.AsNoTracking()
            .Where(t => instanceIds.Contains(t.InstanceId) && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed))
            .OrderBy(t => t.CreatedAt).Select(TaskNode.Projection));

    public readonly Func<WorkflowHubDbContext, Guid[], IAsyncEnumerable<TimerNode>> PendingTimers =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid[] instanceIds) => db.Timers.AsNoTracking()
            .Where(t => instanceIds.Contains(t.InstanceId) && t.Status == TimerStatus.Pending)
            .OrderBy(t => t.DueAt).Select(TimerNode.Projection));

    public readonly Func<WorkflowHubDbContext, Guid[], IAsyncEnumerable<IncidentNode>> OpenIncidents =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid[] instanceIds) => db.Incidents.AsNoTracking()
            .Where(i => instanceIds.Contains(i.InstanceId) && i.ResolvedAt == null)
            .OrderBy(i => i.CreatedAt).Select(IncidentNode.Projection));

    public static async Task<ILookup<Guid, T>> ByInstanceAsync<T>(IAsyncEnumerable<T> rows, Func<T, Guid> instanceId, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list.ToLookup(instanceId);
    }
}
