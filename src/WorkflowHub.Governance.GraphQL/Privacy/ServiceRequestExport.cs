using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Governance.GraphQL.Access;
using WorkflowHub.Governance.GraphQL.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.Security;
using WorkflowHub.Security.Audit;

namespace WorkflowHub.Governance.GraphQL.Privacy;

public enum ExportFormat { Csv, Json }

[GraphQLName("ServiceRequestExport")]
public sealed record ServiceRequestExportPayload(ExportFormat Format, int Count, [property: GraphQLDescription("The file's text: CSV with a header line, or a JSON array.")] string Content);

/// <summary>Exports are mutations: each is written to the audit log, with every reporter it showed in full.</summary>
[MutationType]
public sealed class ServiceRequestExport
{
    public const int MaxRows = 10_000;

    private static readonly string[] Columns =
        ["trackingCode", "title", "category", "status", "orgUnitId", "handlingUnitId", "submittedAt", "dueAt", "overdue", "reporterName", "reporterPhone", "reporterVisibility"];

    [GraphQLDescription("The requests the caller may see (of one unit's subtree with orgUnitId), newest first, as CSV or JSON; the reporter masked or withheld per caller as in queries. Audited.")]
    public async Task<ServiceRequestExportPayload> ExportServiceRequestsAsync(ExportFormat format, string? orgUnitId, [Service] RequestDbContexts db,
        [Service] ICurrentActor actor, [Service] ReporterDisclosure disclosure, [Service] AuditLog audit, CancellationToken ct, int limit = 1000)
    {
        if (limit is < 1 or > MaxRows)
            throw new GraphQLException($"limit must be between 1 and {MaxRows}.", EngineErrors.InputInvalid, extensions: new Dictionary<string, object?> { ["argument"] = "limit" });
        var context = db.Open();
        var requests = context.Set<ServiceRequest>().Where(ActorScope.Requests(actor));
        if (orgUnitId is not null)
        {
            var (from, to) = await SubtreeQueries.RangeAsync(db, orgUnitId, ct);
            requests = requests.Where(r => string.Compare(r.OrgPath, from) >= 0 && string.Compare(r.OrgPath, to) < 0);
        }
        var rows = await requests.OrderByDescending(r => r.SubmittedAt).Take(limit)
            .Select(r => new { r.Id, r.TrackingCode, r.Title, r.Category, r.Status, r.OrgUnitId, r.HandlingUnitId, r.SubmittedAt, r.DueAt, r.Overdue })
            .ToListAsync(ct);
        var reporters = await disclosure.ForRequestsAsync(context, actor, rows.Select(r => r.Id).ToList(), ct);
        var records = rows.Select(r =>
        {
            var reporter = reporters.GetValueOrDefault(r.Id);
            return new string?[]
            {
                r.TrackingCode, r.Title, r.Category, r.Status.ToString(), r.OrgUnitId, r.HandlingUnitId,
                r.SubmittedAt.ToString("O", CultureInfo.InvariantCulture), r.DueAt?.ToString("O", CultureInfo.InvariantCulture),
                r.Overdue ? "true" : "false", reporter?.Name, reporter?.Phone, reporter?.Visibility.ToString().ToUpperInvariant(),
            };
        }).ToList();
        await audit.WriteAsync(actor, AuditActions.Export, "ServiceRequest",
            [($"export of {records.Count} ({orgUnitId ?? "all in scope"})", string.Join(",", Columns), "roles: " + string.Join(", ", actor.Roles.Select(x => x.Role + "@" + x.OrgPath).Distinct()))], ct);
        return new ServiceRequestExportPayload(format, records.Count, format == ExportFormat.Csv ? Csv(records) : Json(records));
    }

    private static string Csv(List<string?[]> records)
    {
        var text = new StringBuilder(string.Join(",", Columns)).Append('\n');
        foreach (var record in records) text.AppendJoin(',', record.Select(Quote)).Append('\n');
        return text.ToString();
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static string Json(List<string?[]> records) =>
        JsonSerializer.Serialize(records.Select(r => Columns.Zip(r).ToDictionary(c => c.First, c => c.Second)));
}
