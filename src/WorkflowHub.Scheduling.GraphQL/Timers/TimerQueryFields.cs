using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;

namespace WorkflowHub.Scheduling.GraphQL.Timers;

[QueryType]
public sealed class TimerQueryFields
{
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Timers of every instance, pending or done, with the Quartz trigger that fires them. Filter with where: " +
                        "{ instanceId, status, dueAt: { gte, lt }, calendar }; order them with order: [{ dueAt: ASC }].")]
    public IQueryable<TimerNode> GetTimers([Service] RequestDbContexts db) => db.Open().Timers.Select(TimerNode.Projection);

    public Task<TimerNode?> GetTimerAsync(Guid id, [Service] RequestDbContexts db, CancellationToken ct) =>
        db.Open().Timers.Where(t => t.Id == id).Select(TimerNode.Projection).FirstOrDefaultAsync(ct);
}
