using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Governance.GraphQL.ServiceRequests;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Persistence;
using WorkflowHub.Security;
using WorkflowHub.Security.Audit;

namespace WorkflowHub.Governance.GraphQL.Privacy;

/// <summary>
/// Decides, per caller and request, how much of the reporter they see, and records every full view in the audit log.
/// The rows come from SQL unmasked; masking happens here, so nothing else (filters, ordering, errors) ever touches them:
/// the request node carries no reporter column at all.
/// </summary>
public sealed class ReporterDisclosure(AuditLog audit)
{
    public const string WithheldReason = "The reporter asked not to be disclosed.";
    public const string AuditedFields = "reporter.name,reporter.phone,reporter.address";

    private static readonly HashSet<string> OfficersOver = [Roles.StreetOfficer, Roles.DistrictOfficer];
    private static readonly HashSet<string> HandlingGridStaff = [Roles.GridWorker, Roles.GridHead];

    private sealed record Row(Guid RequestId, string TrackingCode, string OrgUnitId, string? HandlingUnitId, string OrgPath, Guid? InstanceId, Reporter Reporter);

    public async Task<IReadOnlyDictionary<Guid, ReporterNode>> ForRequestsAsync(WorkflowHubDbContext db, ICurrentActor actor,
        IReadOnlyCollection<Guid> requestIds, CancellationToken ct)
    {
        var rows = await db.Set<ServiceRequest>().Where(r => requestIds.Contains(r.Id))
            .Join(db.Set<Reporter>(), r => r.ReporterId, p => p.Id, (r, p) => new Row(r.Id, r.TrackingCode, r.OrgUnitId, r.HandlingUnitId, r.OrgPath, r.InstanceId, p))
            .ToListAsync(ct);
        var person = actor.PersonId;
        var instances = rows.Select(r => r.InstanceId).OfType<Guid>().ToList();
        var claimed = person is null ? [] : (await db.Tasks
            .Where(t => instances.Contains(t.InstanceId) && t.ClaimedBy == person && (t.Status == TaskItemStatus.Claimed || t.Status == TaskItemStatus.Open))
            .Select(t => t.InstanceId).ToListAsync(ct)).ToHashSet();

        var handling = rows.Select(r => r.HandlingUnitId).OfType<string>().Distinct().ToList();
        var departments = (await db.Set<OrgUnit>().Where(u => handling.Contains(u.Id) && u.Kind == OrgUnitKind.Department).Select(u => u.Id).ToListAsync(ct)).ToHashSet();

        var result = new Dictionary<Guid, ReporterNode>();
        var audited = new List<(string, string, string)>();
        foreach (var row in rows)
        {
            var atDepartment = row.HandlingUnitId is { } unit && departments.Contains(unit) && actor.Roles.Any(r => r.OrgUnitId == unit);
            var (visibility, reason) = Decide(actor, row, row.InstanceId is { } i && claimed.Contains(i), atDepartment);
            result[row.RequestId] = Node(row.Reporter, visibility);
            if (visibility == ReporterVisibility.Full) audited.Add((row.RequestId.ToString(), AuditedFields, reason!));
        }
        await audit.WriteAsync(actor, AuditActions.ReadPersonalData, "ServiceRequest", audited, ct);
        return result;
    }

    private static (ReporterVisibility, string?) Decide(ICurrentActor actor, Row row, bool assignee, bool atHandlingDepartment)
    {
        if (actor.IsResident)
            return actor.TrackingCode == row.TrackingCode ? (ReporterVisibility.Full, "case owner") : Hidden(row);
        // Do-not-disclose is about the department: no role there and no claim of its task lets anyone of it see the reporter.
        if (row.Reporter.DoNotDisclose && (atHandlingDepartment || actor.HasRole(Roles.DepartmentContact))) return (ReporterVisibility.Withheld, null);
        if (assignee) return (ReporterVisibility.Full, "assignee");
        var handlingUnit = row.HandlingUnitId ?? row.OrgUnitId;
        if (actor.Roles.FirstOrDefault(r => HandlingGridStaff.Contains(r.Role) && r.OrgUnitId == handlingUnit) is { } staff)
            return (ReporterVisibility.Full, $"{staff.Role} of the handling unit {handlingUnit}");
        if (actor.Roles.FirstOrDefault(r => OfficersOver.Contains(r.Role) && r.Covers(row.OrgPath)) is { } officer)
            return (ReporterVisibility.Full, $"{officer.Role} over {officer.OrgPath}");
        return Hidden(row);
    }

    private static (ReporterVisibility, string?) Hidden(Row row) =>
        (row.Reporter.DoNotDisclose ? ReporterVisibility.Withheld : ReporterVisibility.Masked, null);

    private static ReporterNode Node(Reporter r, ReporterVisibility visibility) => visibility switch
    {
        ReporterVisibility.Full => new ReporterNode(r.Name, r.Phone, r.Address, r.DoNotDisclose, visibility, null),
        ReporterVisibility.Masked => new ReporterNode(Masking.Name(r.Name), Masking.Phone(r.Phone), null, r.DoNotDisclose, visibility, null),
        _ => new ReporterNode(null, null, null, r.DoNotDisclose, visibility, WithheldReason),
    };
}
