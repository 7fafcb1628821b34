using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Ports;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.Persistence;

namespace WorkflowHub.Engine.GraphQL.Subscriptions;

[SubscriptionType]
public sealed class WorkflowSubscriptions
{
    [GraphQLDescription("The instance as it stands after each committed change, starting with its state now.")]
    public async IAsyncEnumerable<WorkflowInstanceNode> WorkflowInstanceUpdated(Guid id, [Service] IInstanceChangeFeed feed,
        [Service] IDbContextFactory<WorkflowHubDbContext> contexts, [EnumeratorCancellation] CancellationToken ct)
    {
        // Watch before reading, so that no change between the read and the watch is missed.
        await using var changes = feed.WatchAsync(id, ct).GetAsyncEnumerator(ct);
        var next = changes.MoveNextAsync();
        if (await ReadAsync(contexts, id, ct) is { } now) yield return now;
        while (await next)
        {
            if (await ReadAsync(contexts, id, ct) is { } changed) yield return changed;
            next = changes.MoveNextAsync();
        }
    }

    private static async Task<WorkflowInstanceNode?> ReadAsync(IDbContextFactory<WorkflowHubDbContext> contexts, Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Instances.AsNoTracking().Where(i => i.Id == id).Select(WorkflowInstanceNode.Projection).FirstOrDefaultAsync(ct);
    }
}
