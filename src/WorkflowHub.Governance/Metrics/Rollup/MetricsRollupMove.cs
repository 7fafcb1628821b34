using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;

namespace WorkflowHub.Governance.Metrics.Rollup;

/// <summary>
/// Moves a subtree's rollup rows with the unit (<see cref="OrgUnitService.MoveAsync"/>), inside its transaction: the
/// unit's own rows (its whole subtree's counts) leave the old ancestors and join the new ones, and every row under the
/// old path is re-keyed under the new one.
/// </summary>
internal static class MetricsRollupMove
{
    private static readonly string Columns = string.Join(", ", MetricsCounts.Columns.Select(MetricsRollupDeltas.Quoted));
    private static readonly string AddUp = MetricsRollupDeltas.AddUp;

    public static async Task MoveAsync(DbContext db, string oldPath, string newPath, CancellationToken ct)
    {
        var oldAncestors = MetricsContribution.Subtrees(oldPath).Where(p => p != oldPath).ToList();
        var newAncestors = MetricsContribution.Subtrees(newPath).Where(p => p != newPath).ToList();
        foreach (var ancestor in oldAncestors.Except(newAncestors)) await AddUnitRowsAsync(db, oldPath, ancestor, -1, ct);
        foreach (var ancestor in newAncestors.Except(oldAncestors)) await AddUnitRowsAsync(db, oldPath, ancestor, 1, ct);

        var end = OrgUnit.SubtreeEnd(oldPath);
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {MetricsRollupDeltas.Table} (\"OrgPath\", \"Day\", {Columns}) " +
            $"SELECT {{0}} || substr(\"OrgPath\", {{1}}), \"Day\", {Columns} FROM {MetricsRollupDeltas.Table} WHERE \"OrgPath\" >= {{2}} AND \"OrgPath\" < {{3}} " +
            $"ON CONFLICT (\"OrgPath\", \"Day\") DO UPDATE SET {AddUp}",
            [newPath, oldPath.Length + 1, oldPath, end], ct);
        await db.Database.ExecuteSqlRawAsync(
            $"DELETE FROM {MetricsRollupDeltas.Table} WHERE \"OrgPath\" >= {{0}} AND \"OrgPath\" < {{1}}", [oldPath, end], ct);
    }

    private static Task AddUnitRowsAsync(DbContext db, string unitPath, string ancestor, int sign, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {MetricsRollupDeltas.Table} (\"OrgPath\", \"Day\", {Columns}) " +
            $"SELECT {{0}}, \"Day\", {string.Join(", ", MetricsCounts.Columns.Select(c => $"{{1}} * {MetricsRollupDeltas.Quoted(c)}"))} FROM {MetricsRollupDeltas.Table} WHERE \"OrgPath\" = {{2}} " +
            $"ON CONFLICT (\"OrgPath\", \"Day\") DO UPDATE SET {AddUp}",
            [ancestor, sign, unitPath], ct);
}
