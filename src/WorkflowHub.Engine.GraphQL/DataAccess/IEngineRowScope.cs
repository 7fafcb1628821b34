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

    /// <summary>
    /// The tasks the caller may claim and complete: the open ones they work on, and the closed ones they could have worked
    /// on, so that completing a task again answers ALREADY_CONSUMED instead of a refusal.
    /// </summary>
    Task<IQueryable<TaskItem>> WorkableTasksAsync(WorkflowHubDbContext db, CancellationToken ct);
}

public sealed class UnscopedEngineRows : IEngineRowScope
{
    public IQueryable<WorkflowInstance> Instances(WorkflowHubDbContext db, IQueryable<WorkflowInstance> instances) => instances;
    public IQueryable<TaskItem> Tasks(WorkflowHubDbContext db, IQueryable<TaskItem> tasks) => tasks;
    public Task<IQueryable<TaskItem>> WorkableTasksAsync(WorkflowHubDbContext db, CancellationToken ct) => Task.FromResult<IQueryable<TaskItem>>(db.Tasks);
}
