using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;

namespace WorkflowHub.Security.Audit;

/// <summary>Appends audit entries in their own transaction, so a read that showed personal data is recorded even when nothing else is written.</summary>
public sealed class AuditLog(IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock)
{
    public async Task WriteAsync(ICurrentActor actor, string action, string entity, IEnumerable<(string Id, string Fields, string Reason)> rows, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var entries = rows.Select(r => new AuditEntry
        {
            Id = Guid.CreateVersion7(now), At = now, Action = action, ActorPersonId = actor.PersonId, ActorName = ActorName(actor),
            Entity = entity, EntityId = r.Id, Fields = r.Fields, Reason = r.Reason,
        }).ToList();
        if (entries.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AddRange(entries);
        await db.SaveChangesAsync(ct);
    }

    private static string ActorName(ICurrentActor actor) =>
        actor.IsResident ? "resident:" + actor.TrackingCode : actor.UserName ?? actor.PersonId ?? "anonymous";
}
