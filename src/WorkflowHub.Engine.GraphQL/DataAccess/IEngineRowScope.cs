using WorkflowHub.Engine.Instances;
using WorkflowHub.Persistence;

namespace WorkflowHub.Engine.GraphQL.DataAccess;

/// <summary>
/// Narrows the engine's lists to the rows the caller may see, in SQL. The engine knows no org units, so the host's
/// domain decides (instances of the requests, whistles and pledges in the caller's subtree); without one, nothing is narrowed.
/// </summary>
public interface IEngineRowScope
{
    IQueryable<WorkflowInstance> Instances(WorkflowHubDbContext db, IQueryable<WorkflowInstance> instances);
    IQueryable<TaskItem> Tasks(WorkflowHubDbContext db, IQueryable<TaskItem> tasks);
}

public sealed class UnscopedEngineRows : IEngineRowScope
{
    public IQueryable<WorkflowInstance> Instances(WorkflowHubDbContext db, IQueryable<WorkflowInstance> instances) => instances;
    public IQueryable<TaskItem> Tasks(WorkflowHubDbContext db, IQueryable<TaskItem> tasks) => tasks;
}
