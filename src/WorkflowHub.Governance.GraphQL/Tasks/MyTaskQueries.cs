using WorkflowHub.Engine.GraphQL;
using System.Security.Claims;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Governance.GraphQL.ServiceRequests;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;

namespace WorkflowHub.Governance.GraphQL.Tasks;

[QueryType]
public sealed class MyTaskQueries
{
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Open tasks for the signed-in person: those for a role they hold at the task's org unit, those they claimed, "
                        + "and, for a street officer, community admin or district officer, every open task in the subtree of their unit.")]
    public async Task<IQueryable<TaskNode>> GetMyTasksAsync(ClaimsPrincipal? user, [Service] RequestDbContexts db, CancellationToken ct)
    {
        var context = db.Open();
        if (user.PersonId() is not { } person) return context.Tasks.Where(t => false).Select(TaskNode.Projection);
        var tasks = await TaskScope.ForAsync(context, person, ct);
        return tasks.Select(TaskNode.Projection);
    }
}
