using System.Data.Common;

namespace WorkflowHub.Governance.Metrics.Rollup;

/// <summary>Sums a subtree's <see cref="MetricsDay"/> rows over whole days: one primary-key range, at most one row a day.</summary>
internal static class RollupCounts
{
    private static readonly string Sql =
        $"SELECT {string.Join(", ", MetricsCounts.Columns.Select(c => $"SUM(\"{c}\")"))} FROM {MetricsRollupDeltas.Table} " +
        "WHERE \"OrgPath\" = @path AND \"Day\" >= @first AND \"Day\" < @end";

    public static async Task<MetricsCounts> CountAsync(DbConnection connection, string path, int firstDay, int endDay, CancellationToken ct)
    {
        var r = await MetricsCommands.RowAsync(connection, Sql, new Dictionary<string, object> { ["@path"] = path, ["@first"] = firstDay, ["@end"] = endDay }, ct);
        long L(int i) => Convert.ToInt64(r[i]);
        return new MetricsCounts(L(0), L(1), L(2), L(3), L(4), L(5), L(6), L(7), L(8), L(9), L(10), Convert.ToDouble(r[11]), L(12));
    }
}
