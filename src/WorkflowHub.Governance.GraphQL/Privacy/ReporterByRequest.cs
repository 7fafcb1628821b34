using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.Security;

namespace WorkflowHub.Governance.GraphQL.Privacy;

/// <summary>The reporters of a page of requests in one query, as the caller may see them (and audited when seen in full).</summary>
public sealed class ReporterByRequest(BatchScheduler scheduler, RequestDbContexts contexts, ReporterDisclosure disclosure, ICurrentActor actor)
    : DataLoader<Guid, ReporterNode>(scheduler)
{
    protected override Task<IReadOnlyDictionary<Guid, ReporterNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        disclosure.ForRequestsAsync(contexts.Open(), actor, keys.ToList(), ct);
}
