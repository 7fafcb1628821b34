using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowHub.Governance.Metrics.Rollup;

/// <summary>
/// The rollup's changes for a set of pending entity changes: each changed row's contribution before (its original
/// values) is taken away and after (its current values) added, per subtree and day, and written as one upsert that
/// adds to the counts already there.
/// </summary>
public static class MetricsRollupDeltas
{
    public const string Table = "governance_metrics_days";

    public static Dictionary<(string OrgPath, int Day), MetricsCounts> Of(IEnumerable<EntityEntry> entries)
    {
        var deltas = new Dictionary<(string, int), MetricsCounts>();
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var type = entry.Metadata.ClrType;
            if (entry.State != EntityState.Added && MetricsContribution.Of(type, entry.OriginalValues) is { } before) Add(deltas, before, negate: true);
            if (entry.State != EntityState.Deleted && MetricsContribution.Of(type, entry.CurrentValues) is { } after) Add(deltas, after, negate: false);
        }
        foreach (var key in deltas.Where(d => d.Value.IsZero).Select(d => d.Key).ToList()) deltas.Remove(key);
        return deltas;
    }

    private static void Add(Dictionary<(string, int), MetricsCounts> deltas, MetricsContribution contribution, bool negate)
    {
        var counts = negate ? -contribution.Counts : contribution.Counts;
        foreach (var subtree in MetricsContribution.Subtrees(contribution.OrgPath))
            deltas[(subtree, contribution.Day)] = deltas.GetValueOrDefault((subtree, contribution.Day)) + counts;
    }

    /// <summary>Multi-row upserts on the context's connection, inside its current transaction (rows in chunks, under SQLite's parameter limit).</summary>
    public static IEnumerable<DbCommand> Commands(DbContext db, IReadOnlyDictionary<(string OrgPath, int Day), MetricsCounts> deltas) =>
        deltas.Chunk(RowsPerCommand).Select(chunk => Command(db, chunk));

    private const int RowsPerCommand = 500;

    private static DbCommand Command(DbContext db, IEnumerable<KeyValuePair<(string OrgPath, int Day), MetricsCounts>> deltas)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = MetricsCounts.Columns;
        var sql = new StringBuilder($"INSERT INTO {Table} (\"OrgPath\", \"Day\", {string.Join(", ", columns.Select(Quoted))}) VALUES ");
        var row = 0;
        foreach (var ((path, day), counts) in deltas)
        {
            if (row > 0) sql.Append(", ");
            sql.Append($"(@p{row}, @d{row}");
            Parameter(command, $"@p{row}", path);
            Parameter(command, $"@d{row}", day);
            var values = counts.Values();
            for (var c = 0; c < values.Length; c++)
            {
                sql.Append($", @v{row}_{c}");
                Parameter(command, $"@v{row}_{c}", values[c]);
            }
            sql.Append(')');
            row++;
        }
        sql.Append(" ON CONFLICT (\"OrgPath\", \"Day\") DO UPDATE SET ").Append(AddUp);
        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>
    /// The SET clause of an upsert that adds the proposed counts to the stored ones. Names are quoted (PostgreSQL folds
    /// bare names to lower case) and the stored row is named by its table (PostgreSQL finds a bare name ambiguous there).
    /// </summary>
    public static readonly string AddUp = string.Join(", ", MetricsCounts.Columns.Select(c => $"{Quoted(c)} = {Table}.{Quoted(c)} + excluded.{Quoted(c)}"));

    public static string Quoted(string column) => $"\"{column}\"";

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
