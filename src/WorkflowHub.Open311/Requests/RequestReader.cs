using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Open311.Documents;
using WorkflowHub.Open311.Services;
using WorkflowHub.Persistence;

namespace WorkflowHub.Open311.Requests;

/// <summary>
/// Reads requests as GeoReport shows them. Only public columns and public timeline steps are read: the reporter's
/// table is never touched, so no name, phone or address of theirs can reach a response. Filters and paging run in SQL.
/// </summary>
public sealed class RequestReader(IDbContextFactory<WorkflowHubDbContext> contexts, ServiceDirectory services, Open311Time time)
{
    private sealed record Row(
        Guid Id, string TrackingCode, ServiceRequestStatus Status, string Category, string Description, string? HandlingUnitId, string OrgUnitId,
        DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt, DateTimeOffset? DueAt, string? Location, double? Latitude, double? Longitude);

    public async Task<IReadOnlyList<Record>> SearchAsync(RequestSearch search, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var requests = db.Set<ServiceRequest>().AsNoTracking();
        if (search.Ids is { } ids) requests = requests.Where(r => ids.Contains(r.Id));
        if (search.ServiceCodes.Count > 0)
        {
            var codes = search.ServiceCodes.Select(c => services.Find(c)?.Code ?? c).ToList();
            requests = requests.Where(r => codes.Contains(r.Category));
        }
        if (search.Statuses.Count == 1)
        {
            var closed = StatusMapping.ClosedStatuses;
            requests = search.Statuses[0] == StatusMapping.Closed ? requests.Where(r => closed.Contains(r.Status)) : requests.Where(r => !closed.Contains(r.Status));
        }
        if (search.Start is { } start) requests = requests.Where(r => r.SubmittedAt >= start);
        if (search.End is { } end) requests = requests.Where(r => r.SubmittedAt <= end);

        var rows = await Project(requests.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)).ToListAsync(ct);
        return await ToRecordsAsync(db, rows, ct);
    }

    public async Task<Record?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await Project(db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Id == id)).ToListAsync(ct);
        return (await ToRecordsAsync(db, rows, ct)).SingleOrDefault();
    }

    /// <summary>The token a POST answered is the request's tracking code.</summary>
    public async Task<Record?> FindTokenAsync(string token, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var code = token.Trim().ToUpperInvariant();
        var found = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.TrackingCode == code)
            .Select(r => new { r.Id, r.TrackingCode }).FirstOrDefaultAsync(ct);
        return found is null ? null : new Record { { "service_request_id", found.Id.ToString() }, { "token", found.TrackingCode } };
    }

    private static IQueryable<Row> Project(IQueryable<ServiceRequest> requests) => requests.Select(r => new Row(
        r.Id, r.TrackingCode, r.Status, r.Category, r.Description, r.HandlingUnitId, r.OrgUnitId, r.SubmittedAt, r.UpdatedAt, r.DueAt, r.Location, r.Latitude, r.Longitude));

    private async Task<IReadOnlyList<Record>> ToRecordsAsync(WorkflowHubDbContext db, List<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToList();
        var unitIds = rows.Where(r => r.HandlingUnitId is not null).Select(r => r.HandlingUnitId!).Distinct().ToList();
        var units = await db.Set<OrgUnit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var steps = (await db.Set<ServiceRequestStep>().AsNoTracking().Where(s => ids.Contains(s.RequestId) && s.Public && s.Note != null)
                .Select(s => new { s.RequestId, s.At, s.Step, s.Note }).ToListAsync(ct))
            .GroupBy(s => s.RequestId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.At).Select(s => (s.Step, Note: s.Note!)).ToList());
        return rows.Select(r => ToRecord(r, units, steps.GetValueOrDefault(r.Id) ?? [])).ToList();
    }

    private Record ToRecord(Row row, Dictionary<string, string> units, List<(string Step, string Note)> publicNotes) => new()
    {
        { "service_request_id", row.Id.ToString() },
        { "status", StatusMapping.Of(row.Status) },
        { "status_notes", StatusNotes(row.Status, publicNotes.Select(n => (n.Step, WithoutToken(n.Note, row.TrackingCode))).ToList()) },
        { "service_name", services.Find(row.Category)?.Name ?? row.Category },
        { "service_code", row.Category },
        { "description", row.Description },
        { "agency_responsible", row.HandlingUnitId is null ? null : units.GetValueOrDefault(row.HandlingUnitId) },
        { "service_notice", null },
        { "requested_datetime", time.Format(row.SubmittedAt) },
        { "updated_datetime", time.Format(row.UpdatedAt) },
        { "expected_datetime", time.Format(row.DueAt) },
        { "address", row.Location },
        { "address_id", row.OrgUnitId },
        { "zipcode", null },
        { "lat", row.Latitude },
        { "long", row.Longitude },
        { "media_url", null },
    };

    /// <summary>The tracking code is the submitter's token (and half of a resident's sign-in): lists never show it.</summary>
    private static string WithoutToken(string note, string trackingCode) =>
        note.Contains(trackingCode, StringComparison.Ordinal) ? note.Replace(trackingCode, "", StringComparison.Ordinal).TrimEnd(' ', '·') : note;

    /// <summary>
    /// The newest public note says where the request stands. Once a result is reported (resolved, waiting for the
    /// resident's rating, or closed after it) the result the handler reported is kept beside it: "closed" or "rate us"
    /// alone tells the resident nothing about what was done.
    /// </summary>
    private static string? StatusNotes(ServiceRequestStatus status, List<(string Step, string Note)> notes)
    {
        if (notes.Count == 0) return null;
        var latest = notes[^1].Note;
        if (status is not (ServiceRequestStatus.Resolved or ServiceRequestStatus.Closed)) return latest;
        var result = notes.LastOrDefault(n => n.Step == "resolved").Note;
        return result is null || result == latest ? latest : $"{latest} — {result}";
    }
}
