using System.Data.Common;
using WorkflowHub.Governance.Metrics.Rollup;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Metrics;

/// <summary>
/// Counts the stored rows of a subtree over a short period (the partial first or last day of a metrics period, which the
/// daily rollup cannot split). The period comes first in the indexes used, so the cost follows the period's rows, not the
/// subtree's; the indexes are named because SQLite would otherwise pick the path-first ones and read the subtree's whole history.
/// </summary>
internal static class RowCounts
{
    // Written for both providers: booleans counted through CASE (integers on SQLite, booleans on PostgreSQL), names quoted.
    private static string RequestsSql(SqlDialect dialect) => $"""
        SELECT COUNT(*),
               SUM(CASE WHEN "RespondedAt" IS NOT NULL AND "SignForDueAt" IS NOT NULL AND "RespondedAt" <= "SignForDueAt" THEN 1 ELSE 0 END),
               SUM(CASE WHEN "RatedResolved" THEN 1 ELSE 0 END), SUM(CASE WHEN "RatedResolved" IS NOT NULL THEN 1 ELSE 0 END),
               SUM(CASE WHEN "Rating" IN ('Satisfied', 'BasicallySatisfied') THEN 1 ELSE 0 END), SUM(CASE WHEN "Rating" IS NOT NULL THEN 1 ELSE 0 END),
               SUM(CASE WHEN "Status" = 'Closed' THEN 1 ELSE 0 END), SUM(CASE WHEN "Overdue" THEN 1 ELSE 0 END)
        FROM governance_service_requests {Index(dialect, "IX_governance_service_requests_SubmittedAt_OrgPath")}
        WHERE "SubmittedAt" >= @from AND "SubmittedAt" < @to AND "OrgPath" >= @from_path AND "OrgPath" < @to_path AND "Status" <> 'Cancelled'
        """;

    private static string WhistlesSql(SqlDialect dialect) => $"""
        SELECT COUNT(*) FROM governance_whistles {Index(dialect, "IX_governance_whistles_RaisedAt_OrgPath")}
        WHERE "RaisedAt" >= @from AND "RaisedAt" < @to AND "OrgPath" >= @from_path AND "OrgPath" < @to_path AND "Status" <> 'Cancelled'
        """;

    private static string PledgesSql(SqlDialect dialect) => $"""
        SELECT COUNT(*), SUM(CASE WHEN "FulfilledAt" IS NOT NULL THEN 1 ELSE 0 END), SUM("Score"), COUNT("Score")
        FROM governance_pledges {Index(dialect, "IX_governance_pledges_CreatedAt_OrgPath")}
        WHERE "CreatedAt" >= @from AND "CreatedAt" < @to AND "OrgPath" >= @from_path AND "OrgPath" < @to_path
        """;

    // PostgreSQL's planner weighs the period's selectivity itself; SQLite is told.
    private static string Index(SqlDialect dialect, string index) => dialect.IsSqlite ? $"INDEXED BY {index}" : "";

    public static async Task<MetricsCounts> CountAsync(DbConnection connection, string path, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object>
        {
            ["@from_path"] = path, ["@to_path"] = OrgUnit.SubtreeEnd(path), ["@from"] = from.UtcTicks, ["@to"] = to.UtcTicks,
        };
        var dialect = SqlDialect.Of(connection);
        var r = await MetricsCommands.RowAsync(connection, RequestsSql(dialect), parameters, ct);
        var w = await MetricsCommands.RowAsync(connection, WhistlesSql(dialect), parameters, ct);
        var p = await MetricsCommands.RowAsync(connection, PledgesSql(dialect), parameters, ct);
        return new MetricsCounts(
            Long(r[0]), Long(r[1]), Long(r[2]), Long(r[3]), Long(r[4]), Long(r[5]), Long(r[6]), Long(r[7]),
            WhistlesRaised: Long(w[0]),
            PledgesMade: Long(p[0]), PledgesFulfilled: Long(p[1]), PledgeScoreSum: Convert.ToDouble(p[2]), PledgesScored: Long(p[3]));
    }

    private static long Long(object value) => Convert.ToInt64(value);
}
