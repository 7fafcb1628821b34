using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.Persistence;
using WorkflowHub.Security;

namespace WorkflowHub.Governance.GraphQL.Access;

/// <summary>
/// The engine's lists for officers and auditors below the root: instances that drive a request, whistle or pledge in
/// their subtree, and tasks at units in it; one SQL statement each. A role held everywhere (path "/") sees all.
/// </summary>
public sealed class GovernanceEngineRows(ICurrentActor actor) : IEngineRowScope
{
    private static readonly IReadOnlySet<string> Overseers = new HashSet<string>
    {
        Roles.WorkflowAdmin, Roles.Auditor, Roles.CommunityAdmin, Roles.StreetOfficer, Roles.DistrictOfficer,
    };

    private IReadOnlyList<string> Paths => ActorScope.Paths(actor, Overseers);

    public IQueryable<WorkflowInstance> Instances(WorkflowHubDbContext db, IQueryable<WorkflowInstance> instances)
    {
        var paths = Paths;
        if (paths.Contains("/")) return instances;
        var requests = db.Set<ServiceRequest>().Where(PathRanges.Within<ServiceRequest>(r => r.OrgPath, paths)).Where(r => r.InstanceId != null).Select(r => r.InstanceId!.Value);
        var whistles = db.Set<Whistle>().Where(PathRanges.Within<Whistle>(w => w.OrgPath, paths)).Where(w => w.InstanceId != null).Select(w => w.InstanceId!.Value);
        var pledges = db.Set<Pledge>().Where(PathRanges.Within<Pledge>(p => p.OrgPath, paths)).Where(p => p.InstanceId != null).Select(p => p.InstanceId!.Value);
        return instances.Where(i => requests.Contains(i.Id) || whistles.Contains(i.Id) || pledges.Contains(i.Id));
    }

    public IQueryable<TaskItem> Tasks(WorkflowHubDbContext db, IQueryable<TaskItem> tasks)
    {
        var paths = Paths;
        if (paths.Contains("/")) return tasks;
        var units = db.Set<OrgUnit>().Where(PathRanges.Within<OrgUnit>(u => u.Path, paths)).Select(u => u.Id);
        return tasks.Where(t => t.OrgUnitId != null && units.Contains(t.OrgUnitId));
    }

    /// <summary>The tasks of the caller's inbox (<c>myTasks</c>), open or since closed; nothing for a caller who is not a person.</summary>
    public Task<IQueryable<TaskItem>> WorkableTasksAsync(WorkflowHubDbContext db, CancellationToken ct) =>
        actor.PersonId is { } person ? WorkflowHub.Governance.GraphQL.Tasks.TaskScope.WorkableAsync(db, person, ct) : Task.FromResult(db.Tasks.Where(t => false));
}
