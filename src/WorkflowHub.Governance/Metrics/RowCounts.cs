using System.Data.Common;
using WorkflowHub.Governance.Metrics.Rollup;
using WorkflowHub.Governance.OrgUnits;

namespace WorkflowHub.Governance.Metrics;

/// <summary>
/// Counts the stored rows of a subtree over a short period (the partial first or last day of a metrics period, which the
/// daily rollup cannot split). The period comes first in the indexes used, so the cost follows the period's rows, not the
/// subtree's; the indexes are named because SQLite would otherwise pick the path-first ones and read the subtree's whole history.
/// </summary>
internal static class RowCounts
{
    private const string RequestsSql = """
        SELECT COUNT(*),
               SUM(RespondedAt IS NOT NULL AND SignForDueAt IS NOT NULL AND RespondedAt <= SignForDueAt),
               SUM(RatedResolved IS 1), SUM(RatedResolved IS NOT NULL),
               SUM(IFNULL(Rating IN ('Satisfied', 'BasicallySatisfied'), 0)), SUM(Rating IS NOT NULL),
               SUM(Status = 'Closed'), SUM(Overdue)
        FROM governance_service_requests INDEXED BY IX_governance_service_requests_SubmittedAt_OrgPath
        WHERE SubmittedAt >= $from AND SubmittedAt < $to AND OrgPath >= $from_path AND OrgPath < $to_path AND Status <> 'Cancelled'
        """;

    private const string WhistlesSql = """
        SELECT COUNT(*) FROM governance_whistles INDEXED BY IX_governance_whistles_RaisedAt_OrgPath
        WHERE RaisedAt >= $from AND RaisedAt < $to AND OrgPath >= $from_path AND OrgPath < $to_path AND Status <> 'Cancelled'
        """;

    private const string PledgesSql = """
        SELECT COUNT(*), SUM(FulfilledAt IS NOT NULL), SUM(Score), COUNT(Score)
        FROM governance_pledges INDEXED BY IX_governance_pledges_CreatedAt_OrgPath
        WHERE CreatedAt >= $from AND CreatedAt < $to AND OrgPath >= $from_path AND OrgPath < $to_path
        """;

    public static async Task<MetricsCounts> CountAsync(DbConnection connection, string path, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object>
        {
            ["$from_path"] = path, ["$to_path"] = OrgUnit.SubtreeEnd(path), ["$from"] = from.UtcTicks, ["$to"] = to.UtcTicks,
        };
        var r = await MetricsCommands.RowAsync(connection, RequestsSql, parameters, ct);
        var w = await MetricsCommands.RowAsync(connection, WhistlesSql, parameters, ct);
        var p = await MetricsCommands.RowAsync(connection, PledgesSql, parameters, ct);
        return new MetricsCounts(
            Long(r[0]), Long(r[1]), Long(r[2]), Long(r[3]), Long(r[4]), Long(r[5]), Long(r[6]), Long(r[7]),
            WhistlesRaised: Long(w[0]),
            PledgesMade: Long(p[0]), PledgesFulfilled: Long(p[1]), PledgeScoreSum: Convert.ToDouble(p[2]), PledgesScored: Long(p[3]));
    }

    private static long Long(object value) => Convert.ToInt64(value);
}
