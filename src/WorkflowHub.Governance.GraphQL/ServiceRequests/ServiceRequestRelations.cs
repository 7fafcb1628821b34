using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

/// <summary>What hangs off a request. A page of requests loads each of these with one query.</summary>
[ExtendObjectType(typeof(ServiceRequestNode))]
public sealed class ServiceRequestRelations
{
    [GraphQLDescription("The public timeline, oldest first: the steps and notes meant for the resident.")]
    public async Task<IReadOnlyList<TimelineStepNode>> GetTimelineAsync([Parent] ServiceRequestNode request, PublicStepsByRequest steps) =>
        await steps.LoadAsync(request.Id) ?? [];

    [GraphQLDescription("The reporter, masked.")]
    public Task<MaskedReporterNode?> GetReporterAsync([Parent] ServiceRequestNode request, MaskedReporterById reporters) =>
        reporters.LoadAsync(request.ReporterId);

    [GraphQLDescription("Name of the handling unit.")]
    public Task<string?> GetHandlingUnitNameAsync([Parent] ServiceRequestNode request, OrgUnitNameById names) =>
        request.HandlingUnitId is { } id ? names.LoadAsync(id) : Task.FromResult<string?>(null);
}
