using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Persistence;

/// <summary>
/// Writes a unit of work's journal rows as one multi-row INSERT inside its transaction. The
/// journal is append-only and never read back in the same unit of work, so change tracking buys
/// nothing, while EF Core would send one statement per row. Columns and value conversions come
/// from the EF model, so the rows are stored exactly as EF would store them, on any provider.
/// </summary>
internal static class JournalAppender
{
    private const int RowsPerStatement = 200;

    private static readonly string[] Properties =
    [
        nameof(JournalEntry.InstanceId), nameof(JournalEntry.Sequence), nameof(JournalEntry.ActivityId),
        nameof(JournalEntry.ActivityType), nameof(JournalEntry.Event), nameof(JournalEntry.Outcome),
        nameof(JournalEntry.Actor), nameof(JournalEntry.At), nameof(JournalEntry.Data),
    ];

    private sealed record Shape(string InsertHead, RelationalTypeMapping[] Mappings);

    private static Shape? _shape;

    public static async Task AppendAsync(DbContext db, IReadOnlyList<JournalEntry> rows, CancellationToken ct)
    {
        var shape = _shape ??= Describe(db.Model);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(shape.InsertHead);
            var end = Math.Min(rows.Count, start + RowsPerStatement);
            for (var r = start; r < end; r++)
            {
                sql.Append(r == start ? "(" : ", (");
                var values = Values(rows[r]);
                for (var c = 0; c < values.Length; c++)
                {
                    var name = $"@j{r - start}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(shape.Mappings[c].CreateParameter(command, name, values[c]));
                }
                sql.Append(')');
            }
            command.CommandText = sql.Append(';').ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static object?[] Values(JournalEntry e) =>
        [e.InstanceId, e.Sequence, e.ActivityId, e.ActivityType, e.Event, e.Outcome, e.Actor, e.At, e.Data];

    private static Shape Describe(IModel model)
    {
        var entity = model.FindEntityType(typeof(JournalEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = Properties.Select(p => entity.FindProperty(p)!).ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var head = $"INSERT INTO \"{entity.GetTableName()}\" ({columns}) VALUES ";
        return new Shape(head, properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray());
    }
}
