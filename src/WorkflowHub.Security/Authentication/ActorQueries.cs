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

    /// <summary>
    /// A staff token's account, if it still stands (exists, enabled, not signed out since), with the person's role
    /// assignments, in one statement: no row when the account does not stand, one row without a role when it stands and
    /// the person holds none.
    /// </summary>
    public readonly Func<WorkflowHubDbContext, Guid, string?, string?, IAsyncEnumerable<HeldRole>> StaffAssignments =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid accountId, string? stamp, string? personId) =>
            from account in db.Set<Account>().AsNoTracking()
            where account.Id == accountId && account.SecurityStamp == stamp && !account.Disabled
            from assignment in db.Set<RoleAssignment>().AsNoTracking().Where(a => a.PersonId == personId).DefaultIfEmpty()
            from unit in db.Set<OrgUnit>().AsNoTracking().Where(u => u.Id == assignment.OrgUnitId).DefaultIfEmpty()
            select new HeldRole(assignment == null ? null : assignment.Role, assignment == null ? null : assignment.OrgUnitId, unit == null ? null : unit.Path));

    /// <summary>A person's role assignments with the path of their unit (null when the unit is gone or is "everywhere").</summary>
    public readonly Func<WorkflowHubDbContext, string?, IAsyncEnumerable<HeldRole>> Assignments =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, string? personId) =>
            from assignment in db.Set<RoleAssignment>().AsNoTracking()
            where assignment.PersonId == personId
            from unit in db.Set<OrgUnit>().AsNoTracking().Where(u => u.Id == assignment.OrgUnitId).DefaultIfEmpty()
            select new HeldRole(assignment.Role, assignment.OrgUnitId, unit == null ? null : unit.Path));

    /// <summary>One assignment; <see cref="Role"/> is null only for the row that says a staff account stands with no role.</summary>
    public sealed record HeldRole(string? Role, string? OrgUnitId, string? Path);
}
