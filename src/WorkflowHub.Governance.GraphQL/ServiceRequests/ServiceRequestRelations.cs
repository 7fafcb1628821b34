using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.Governance.GraphQL.Privacy;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

/// <summary>What hangs off a request. A page of requests loads each of these with one query.</summary>
[ExtendObjectType(typeof(ServiceRequestNode))]
public sealed class ServiceRequestRelations
{
    [GraphQLDescription("The public timeline, oldest first: the steps and notes meant for the resident.")]
    public async Task<IReadOnlyList<TimelineStepNode>> GetTimelineAsync([Parent] ServiceRequestNode request, PublicStepsByRequest steps) =>
        await steps.LoadAsync(request.Id) ?? [];

    [GraphQLDescription("The reporter as the caller may see them: in full (the case owner, the assignee, the handling grid's staff, street and district officers over it; audited), masked, or withheld when they asked not to be disclosed.")]
    public Task<ReporterNode?> GetReporterAsync([Parent] ServiceRequestNode request, ReporterByRequest reporters) =>
        reporters.LoadAsync(request.Id);

    [GraphQLDescription("Name of the handling unit.")]
    public Task<string?> GetHandlingUnitNameAsync([Parent] ServiceRequestNode request, OrgUnitNameById names) =>
        request.HandlingUnitId is { } id ? names.LoadAsync(id) : Task.FromResult<string?>(null);
}
