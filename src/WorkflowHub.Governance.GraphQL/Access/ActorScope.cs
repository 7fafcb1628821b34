using System.Linq.Expressions;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.Security;

namespace WorkflowHub.Governance.GraphQL.Access;

/// <summary>
/// The rows a caller may see, as SQL filters built from their role assignments' org paths: lists, single reads and
/// subscriptions all go through these, so nothing is loaded and then filtered. Roles whose rows are the subtree of the
/// unit the role is held at are <see cref="SubtreeRoles"/>; a department contact sees what is dispatched to their
/// department; a resident their own request; a party member their own pledges.
/// </summary>
public static class ActorScope
{
    public static readonly IReadOnlySet<string> SubtreeRoles = new HashSet<string>
    {
        Roles.GridWorker, Roles.GridHead, Roles.Dispatcher, Roles.CommunityAdmin, Roles.StreetOfficer, Roles.DistrictOfficer, Roles.Auditor,
    };

    private static readonly IReadOnlySet<string> PledgeOverseers = new HashSet<string>
    {
        Roles.BranchSecretary, Roles.CommunityAdmin, Roles.StreetOfficer, Roles.DistrictOfficer, Roles.Auditor,
    };

    public static IReadOnlyList<string> Paths(ICurrentActor actor, IReadOnlySet<string> roles) =>
        actor.Roles.Where(r => roles.Contains(r.Role)).Select(r => r.OrgPath).Distinct().ToList();

    public static bool Covers(ICurrentActor actor, IReadOnlySet<string> roles, string path) =>
        actor.Roles.Any(r => roles.Contains(r.Role) && r.Covers(path));

    private static IReadOnlyList<string> Departments(ICurrentActor actor) =>
        actor.Roles.Where(r => r.Role == Roles.DepartmentContact).Select(r => r.OrgUnitId).Distinct().ToList();

    public static Expression<Func<ServiceRequest, bool>> Requests(ICurrentActor actor)
    {
        if (actor.IsResident)
        {
            var own = actor.TrackingCode;
            return r => r.TrackingCode == own;
        }
        var filter = PathRanges.Within<ServiceRequest>(r => r.OrgPath, Paths(actor, SubtreeRoles));
        var departments = Departments(actor);
        return departments.Count == 0 ? filter : PathRanges.Or(filter, r => r.HandlingUnitId != null && departments.Contains(r.HandlingUnitId));
    }

    public static Expression<Func<Whistle, bool>> Whistles(ICurrentActor actor)
    {
        var filter = PathRanges.Within<Whistle>(w => w.OrgPath, Paths(actor, SubtreeRoles));
        // A whistle calls on the departments of its responding unit: their contacts see it.
        var responding = actor.Roles.Where(r => r.Role == Roles.DepartmentContact).Select(r => PathRanges.ParentId(r.OrgPath)).OfType<string>().Distinct().ToList();
        return responding.Count == 0 ? filter : PathRanges.Or(filter, w => w.RespondingUnitId != null && responding.Contains(w.RespondingUnitId));
    }

    public static Expression<Func<Pledge, bool>> Pledges(ICurrentActor actor)
    {
        var filter = PathRanges.Within<Pledge>(p => p.OrgPath, Paths(actor, PledgeOverseers));
        var member = actor.PersonId;
        return member is null ? filter : PathRanges.Or(filter, p => p.MemberId == member);
    }
}
