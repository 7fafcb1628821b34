using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;

namespace WorkflowHub.Security.Authentication;

/// <summary>
/// The two reads every signed-in request makes, compiled once per model: translating their LINQ on each request cost more
/// than running them. A compiled query keeps the model it first ran on, so there is one set per model.
/// </summary>
internal sealed class ActorQueries
{
    private static readonly ConditionalWeakTable<IModel, ActorQueries> ByModel = new();

    public static ActorQueries For(WorkflowHubDbContext db) => ByModel.GetValue(db.Model, _ => new ActorQueries());

    /// <summary>Whether a staff token still stands: its account exists, is enabled and has not signed out since.</summary>
    public readonly Func<WorkflowHubDbContext, Guid, string?, CancellationToken, Task<bool>> AccountStands =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid accountId, string? stamp, CancellationToken _) =>
            db.Set<Account>().Any(a => a.Id == accountId && a.SecurityStamp == stamp && !a.Disabled));

    /// <summary>A person's role assignments with the path of their unit (null when the unit is gone or is "everywhere").</summary>
    public readonly Func<WorkflowHubDbContext, string?, IAsyncEnumerable<HeldRole>> Assignments =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, string? personId) => db.Set<RoleAssignment>().AsNoTracking()
            .Where(a => a.PersonId == personId)
            .GroupJoin(db.Set<OrgUnit>(), a => a.OrgUnitId, u => u.Id, (a, units) => new { a, units })
            .SelectMany(x => x.units.DefaultIfEmpty(), (x, u) => new HeldRole(x.a.Role, x.a.OrgUnitId, u == null ? null : u.Path)));

    public sealed record HeldRole(string Role, string OrgUnitId, string? Path);
}
