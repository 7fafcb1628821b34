using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.GraphQL.Tasks;

/// <summary>
/// Which open tasks a person works on or oversees. Officers (street officer, community admin, district officer) see every
/// open task anywhere in the subtree of the unit they hold that role at; every other role — a grid worker, a dispatcher —
/// sees only the tasks for that role at exactly that unit. Everyone sees the tasks they claimed. It all runs as one SQL filter.
/// </summary>
internal static class TaskScope
{
    public static readonly IReadOnlySet<string> OfficerRoles = new HashSet<string> { Roles.StreetOfficer, Roles.CommunityAdmin, Roles.DistrictOfficer };

    /// <summary>The open tasks the person works on or oversees (their inbox).</summary>
    public static Task<IQueryable<TaskItem>> ForAsync(WorkflowHubDbContext db, string person, CancellationToken ct) =>
        ScopeAsync(db, person, includeClosed: false, ct);

    /// <summary>As <see cref="ForAsync"/>, and the completed and cancelled tasks the person could have worked on.</summary>
    public static Task<IQueryable<TaskItem>> WorkableAsync(WorkflowHubDbContext db, string person, CancellationToken ct) =>
        ScopeAsync(db, person, includeClosed: true, ct);

    private static async Task<IQueryable<TaskItem>> ScopeAsync(WorkflowHubDbContext db, string person, bool includeClosed, CancellationToken ct)
    {
        var held = await db.Set<RoleAssignment>().Where(a => a.PersonId == person)
            .Join(db.Set<OrgUnit>(), a => a.OrgUnitId, u => u.Id, (a, u) => new { a.Role, a.OrgUnitId, u.Path })
            .ToListAsync(ct);
        var exactRoles = held.Where(h => !OfficerRoles.Contains(h.Role)).Select(h => h.Role + "@" + h.OrgUnitId).Distinct().ToList();
        // A task a workflow gives no org unit is for its role wherever the role is held.
        var roleNames = held.Select(h => h.Role).Distinct().ToList();
        var overseen = held.Where(h => OfficerRoles.Contains(h.Role)).Select(h => h.Path).Distinct().ToList();

        // A task someone else claimed is theirs; every other task goes to whoever holds its role at its unit. Officers
        // oversee every task in their subtrees.
        if (includeClosed)
        {
            var mine = db.Tasks.Where(t => t.ClaimedBy == person || t.CompletedBy == person
                                           || (t.Status != TaskItemStatus.Claimed && (exactRoles.Contains(t.AssigneeRole + "@" + t.OrgUnitId) || (t.OrgUnitId == null && roleNames.Contains(t.AssigneeRole)))));
            if (overseen.Count == 0) return mine;
            var units = db.Set<OrgUnit>().Where(InAnySubtree(overseen)).Select(u => u.Id);
            return db.Tasks.Where(t => t.ClaimedBy == person || t.CompletedBy == person
                                       || (t.Status != TaskItemStatus.Claimed && (exactRoles.Contains(t.AssigneeRole + "@" + t.OrgUnitId) || (t.OrgUnitId == null && roleNames.Contains(t.AssigneeRole))))
                                       || units.Contains(t.OrgUnitId!));
        }

        var open = db.Tasks.Where(t => t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed);
        if (overseen.Count == 0)
            return open.Where(t => t.ClaimedBy == person || (t.Status == TaskItemStatus.Open && (exactRoles.Contains(t.AssigneeRole + "@" + t.OrgUnitId) || (t.OrgUnitId == null && roleNames.Contains(t.AssigneeRole)))));
        var overseenUnits = db.Set<OrgUnit>().Where(InAnySubtree(overseen)).Select(u => u.Id);
        return open.Where(t => t.ClaimedBy == person
                               || (t.Status == TaskItemStatus.Open && (exactRoles.Contains(t.AssigneeRole + "@" + t.OrgUnitId) || (t.OrgUnitId == null && roleNames.Contains(t.AssigneeRole))))
                               || overseenUnits.Contains(t.OrgUnitId!));
    }

    /// <summary>u => u.Path within the first subtree || within the second || …, each a range on the path index.</summary>
    private static Expression<Func<OrgUnit, bool>> InAnySubtree(IReadOnlyList<string> paths)
    {
        var unit = Expression.Parameter(typeof(OrgUnit), "u");
        Expression? any = null;
        foreach (var path in paths)
        {
            var end = OrgUnit.SubtreeEnd(path);
            Expression<Func<OrgUnit, bool>> within = u => string.Compare(u.Path, path) >= 0 && string.Compare(u.Path, end) < 0;
            var body = ReplacingExpressionVisitor.Replace(within.Parameters[0], unit, within.Body);
            any = any is null ? body : Expression.OrElse(any, body);
        }
        return Expression.Lambda<Func<OrgUnit, bool>>(any!, unit);
    }
}
