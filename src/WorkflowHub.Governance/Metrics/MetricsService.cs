using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Metrics.Rollup;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Metrics;

/// <summary>
/// Computes <see cref="GovernanceMetrics"/> without loading rows: the whole UTC days of the period from the daily rollup
/// (one row per day for the unit's subtree), the partial first and last days from the rows themselves.
/// </summary>
public sealed class MetricsService(IDbContextFactory<WorkflowHubDbContext> contexts)
{
    public async Task<GovernanceMetrics> ComputeAsync(string orgUnitId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        if (to <= from) throw new OrgInputException("to", "The period must end after it starts.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var path = await db.Set<OrgUnit>().Where(u => u.Id == orgUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
                   ?? throw new OrgNotFoundException($"No org unit '{orgUnitId}'.");
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var c = await CountAsync(connection, path, from, to, ct);
            return new GovernanceMetrics(orgUnitId, from, to,
                Received: c.Received,
                RespondedOnTime: new Rate(c.RespondedOnTime, c.Received),
                Resolved: new Rate(c.RatedResolved, c.ResolvedAnswered),
                Satisfied: new Rate(c.Satisfied, c.Rated),
                Closed: new Rate(c.Closed, c.Received),
                Overdue: new Rate(c.Overdue, c.Received),
                WhistlesRaised: c.WhistlesRaised,
                PledgesMade: c.PledgesMade,
                PledgesFulfilled: new Rate(c.PledgesFulfilled, c.PledgesMade),
                PledgeAverageScore: new Rate(c.PledgeScoreSum, c.PledgesScored));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<MetricsCounts> CountAsync(System.Data.Common.DbConnection connection, string path, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var firstDay = MetricsContribution.DayOf(from);
        if (MetricsContribution.StartOf(firstDay) < from) firstDay++;
        var endDay = MetricsContribution.DayOf(to);
        if (firstDay >= endDay) return await RowCounts.CountAsync(connection, path, from, to, ct);

        var counts = await RollupCounts.CountAsync(connection, path, firstDay, endDay, ct);
        var wholeFrom = MetricsContribution.StartOf(firstDay);
        var wholeTo = MetricsContribution.StartOf(endDay);
        if (from < wholeFrom) counts += await RowCounts.CountAsync(connection, path, from, wholeFrom, ct);
        if (wholeTo < to) counts += await RowCounts.CountAsync(connection, path, wholeTo, to, ct);
        return counts;
    }
}
