using System.Data.Common;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence.Writes;

/// <summary>
/// Writes engine rows with one statement per table and kind. A <see cref="RowWriter"/> kept with a connection that
/// stays open (the write gate's) reuses its prepared statements for every unit of work written on it: no SQL
/// generation, no change detection, only binding values and stepping.
/// </summary>
internal sealed class RowWriter(DbConnection connection) : IDisposable
{
    private readonly Dictionary<(EntityTable, bool), DbCommand> _commands = [];

    /// <summary>
    /// Writes on a connection borrowed for one transaction, with statements of its own: a pooled connection object
    /// may sit on another native connection after it is reopened, so statements prepared on it are not kept.
    /// </summary>
    public static void WriteOnce(DbConnection connection, DbTransaction transaction, IReadOnlyList<RowChange> changes)
    {
        using var writer = new RowWriter(connection);
        writer.Write(transaction, changes);
    }

    public void Write(DbTransaction transaction, IReadOnlyList<RowChange> changes)
    {
        foreach (var change in changes)
        {
            var command = CommandFor(change);
            command.Transaction = transaction;
            var parameters = command.Parameters;
            for (var i = 0; i < change.Values.Length; i++) parameters[i].Value = change.Values[i] ?? DBNull.Value;
            if (!change.IsInsert && change.Table.TokenIndex >= 0) parameters[^1].Value = change.Original![change.Table.TokenIndex]!;
            if (command.ExecuteNonQuery() != 1)
                throw new ConcurrencyConflictException($"Another writer changed or removed a row of {change.Table.Name} first.");
        }
    }

    private DbCommand CommandFor(RowChange change)
    {
        var key = (change.Table, change.IsInsert);
        if (_commands.TryGetValue(key, out var command)) return command;
        command = connection.CreateCommand();
        command.CommandText = change.IsInsert ? change.Table.InsertSql : change.Table.UpdateSql;
        var columns = change.Table.Columns;
        for (var i = 0; i < columns.Count; i++) command.Parameters.Add(columns[i].Mapping.CreateParameter(command, "@c" + i, null));
        if (!change.IsInsert && change.Table.TokenIndex >= 0)
            command.Parameters.Add(columns[change.Table.TokenIndex].Mapping.CreateParameter(command, "@original", null));
        _commands[key] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
