using System.Diagnostics;
using Microsoft.Data.Sqlite;
using WorkflowHub.Governance.Metrics;

namespace WorkflowHub.GovernanceBench;

/// <summary>
/// Builds the metrics rollup for rows the bulk loader wrote around the product's code, with the very schema step
/// (2402) that builds it for an existing database on upgrade.
/// </summary>
internal static class RollupBackfill
{
    private const string Script = "WorkflowHub.Governance.Persistence.Migrations.Sqlite.2402_metrics_rollup_backfill.sql";

    public static void RunIfEmpty(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        if (Scalar(connection, "SELECT COUNT(*) FROM governance_metrics_days") > 0) return;
        using var reader = new StreamReader(typeof(MetricsService).Assembly.GetManifestResourceStream(Script)!);
        var sql = reader.ReadToEnd();
        var watch = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
            transaction.Commit();
        }
        using (var analyse = connection.CreateCommand())
        {
            analyse.CommandText = "ANALYZE governance_metrics_days;";
            analyse.ExecuteNonQuery();
        }
        Console.WriteLine($"rollup built from the rows in {watch.Elapsed.TotalSeconds:F1} s: {Scalar(connection, "SELECT COUNT(*) FROM governance_metrics_days"):N0} (subtree, day) rows");
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
