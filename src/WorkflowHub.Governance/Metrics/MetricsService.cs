using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Metrics;

/// <summary>
/// Computes <see cref="GovernanceMetrics"/> with three aggregate statements (requests, whistles, pledges), each a range
/// over the subtree's paths and the period, answered from covering indexes: no row is loaded into the process.
/// </summary>
public sealed class MetricsService(IDbContextFactory<WorkflowHubDbContext> contexts)
{
    // Counted per request received in the period (the cohort); a request's later fate counts for the period it came in.
    private const string RequestsSql = """
        SELECT COUNT(*),
               COALESCE(SUM(RespondedAt IS NOT NULL AND SignForDueAt IS NOT NULL AND RespondedAt <= SignForDueAt), 0),
               COALESCE(SUM(RatedResolved = 1), 0),
               COALESCE(SUM(RatedResolved IS NOT NULL), 0),
               COALESCE(SUM(Rating IN ('Satisfied', 'BasicallySatisfied')), 0),
               COALESCE(SUM(Rating IS NOT NULL), 0),
               COALESCE(SUM(Status = 'Closed'), 0),
               COALESCE(SUM(Overdue), 0)
        FROM governance_service_requests
        WHERE OrgPath >= $from_path AND OrgPath < $to_path AND SubmittedAt >= $from AND SubmittedAt < $to AND Status <> 'Cancelled'
        """;

    private const string WhistlesSql = """
        SELECT COUNT(*) FROM governance_whistles
        WHERE OrgPath >= $from_path AND OrgPath < $to_path AND RaisedAt >= $from AND RaisedAt < $to AND Status <> 'Cancelled'
        """;

    private const string PledgesSql = """
        SELECT COUNT(*),
               COALESCE(SUM(FulfilledAt IS NOT NULL), 0),
               COALESCE(SUM(Score), 0),
               COUNT(Score)
        FROM governance_pledges
        WHERE OrgPath >= $from_path AND OrgPath < $to_path AND CreatedAt >= $from AND CreatedAt < $to
        """;

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
            var r = await RowAsync(connection, RequestsSql, path, from, to, ct);
            var w = await RowAsync(connection, WhistlesSql, path, from, to, ct);
            var p = await RowAsync(connection, PledgesSql, path, from, to, ct);
            var received = (long)r[0];
            var pledges = (long)p[0];
            return new GovernanceMetrics(orgUnitId, from, to,
                Received: received,
                RespondedOnTime: new Rate(r[1], received),
                Resolved: new Rate(r[2], (long)r[3]),
                Satisfied: new Rate(r[4], (long)r[5]),
                Closed: new Rate(r[6], received),
                Overdue: new Rate(r[7], received),
                WhistlesRaised: (long)w[0],
                PledgesMade: pledges,
                PledgesFulfilled: new Rate(p[1], pledges),
                PledgeAverageScore: new Rate(p[2], (long)p[3]));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<double[]> RowAsync(DbConnection connection, string sql, string path, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "$from_path", path);
        Add(command, "$to_path", OrgUnit.SubtreeEnd(path));
        Add(command, "$from", from.UtcTicks);
        Add(command, "$to", to.UtcTicks);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? 0 : Convert.ToDouble(reader.GetValue(i))).ToArray();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
