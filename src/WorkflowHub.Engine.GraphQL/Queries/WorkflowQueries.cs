using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;

namespace WorkflowHub.Engine.GraphQL.Queries;

[QueryType]
public sealed class WorkflowQueries
{
    [GraphQLDescription("Every stored version of every definition, drafts included, by id then version.")]
    public async Task<IReadOnlyList<WorkflowDefinitionNode>> GetWorkflowDefinitionsAsync([Service] RequestDbContexts db, CancellationToken ct) =>
        await db.Open().Definitions.OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).Select(WorkflowDefinitionNode.Projection).ToListAsync(ct);

    [GraphQLDescription("One version of a definition; without a version, the latest published one.")]
    public async Task<WorkflowDefinitionNode?> GetWorkflowDefinitionAsync(string definitionId, int? version, [Service] RequestDbContexts db, CancellationToken ct)
    {
        var versions = db.Open().Definitions.Where(d => d.DefinitionId == definitionId);
        versions = version is { } v
            ? versions.Where(d => d.Version == v)
            : versions.Where(d => d.Status == DefinitionStatus.Published).OrderByDescending(d => d.Version);
        return await versions.Select(WorkflowDefinitionNode.Projection).FirstOrDefaultAsync(ct);
    }

    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Instances; order them with order: [{ createdAt: DESC }].")]
    public IQueryable<WorkflowInstanceNode> GetWorkflowInstances([Service] RequestDbContexts db, [Service] IEngineRowScope scope)
    {
        var context = db.Open();
        return scope.Instances(context, context.Instances).Select(WorkflowInstanceNode.Projection);
    }

    [GraphQLDescription("One instance; null when there is none the caller may see.")]
    public Task<WorkflowInstanceNode?> GetWorkflowInstanceAsync(Guid id, [Service] RequestDbContexts db, [Service] IEngineRowScope scope, CancellationToken ct)
    {
        var context = db.Open();
        return scope.Instances(context, context.Instances.Where(i => i.Id == id)).Select(WorkflowInstanceNode.Projection).FirstOrDefaultAsync(ct);
    }

    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Human tasks; order them with order: [{ createdAt: DESC }].")]
    public IQueryable<TaskNode> GetTasks([Service] RequestDbContexts db, [Service] IEngineRowScope scope)
    {
        var context = db.Open();
        return scope.Tasks(context, context.Tasks).Select(TaskNode.Projection);
    }
}
