using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Governance.Tests.Metrics;

/// <summary>The metrics counted independently of the product's code, straight from the rows.</summary>
internal static class PlainCount
{
    public sealed record Expected(long Received, long OnTime, long Rated, long Resolved, long Satisfied, long Closed, long Overdue,
        long Whistles, long Pledges, long Fulfilled, long Scored, double AverageScore);

    /// <summary>The same figures counted the plain way: LIKE on the path prefix, one COUNT per figure.</summary>
    public static Task<Expected> CountAsync(GovernanceServer server, string unitId, DateTimeOffset from, DateTimeOffset to) =>
        server.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            return await CountAsync(connection, unitId, from, to);
        });

    // Names quoted and booleans tested bare, so that the same text runs on SQLite and PostgreSQL.
    private static async Task<Expected> CountAsync(DbConnection connection, string unitId, DateTimeOffset from, DateTimeOffset to)
    {
        var prefix = await ScalarAsync<string>(connection, $"SELECT \"Path\" FROM governance_org_units WHERE \"Id\" = '{unitId}'");
        var period = $"\"OrgPath\" LIKE '{prefix}%' AND \"{{0}}\" >= {from.UtcTicks} AND \"{{0}}\" < {to.UtcTicks}";
        var requests = string.Format(period, "SubmittedAt") + " AND \"Status\" <> 'Cancelled'";
        Task<long> Count(string table, string where) => ScalarAsync<long>(connection, $"SELECT COUNT(*) FROM {table} WHERE {where}");
        var pledges = string.Format(period, "CreatedAt");
        return new Expected(
            await Count("governance_service_requests", requests),
            await Count("governance_service_requests", requests + " AND \"RespondedAt\" <= \"SignForDueAt\""),
            await Count("governance_service_requests", requests + " AND \"Rating\" IS NOT NULL"),
            await Count("governance_service_requests", requests + " AND \"RatedResolved\""),
            await Count("governance_service_requests", requests + " AND \"Rating\" <> 'Dissatisfied'"),
            await Count("governance_service_requests", requests + " AND \"Status\" = 'Closed'"),
            await Count("governance_service_requests", requests + " AND \"Overdue\""),
            await Count("governance_whistles", string.Format(period, "RaisedAt") + " AND \"Status\" <> 'Cancelled'"),
            await Count("governance_pledges", pledges),
            await Count("governance_pledges", pledges + " AND \"FulfilledAt\" IS NOT NULL"),
            await Count("governance_pledges", pledges + " AND \"Score\" IS NOT NULL"),
            await ScalarAsync<double>(connection, $"SELECT AVG(\"Score\") FROM governance_pledges WHERE {pledges}"));
    }

    private static async Task<T> ScalarAsync<T>(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? (T)Convert.ChangeType(value, typeof(T)) : default!;
    }
}
