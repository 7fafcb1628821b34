using System.Data.Common;
using System.Runtime.CompilerServices;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence.Writes;

/// <summary>
/// Writes engine rows with one prepared statement per table and kind, kept with the connection and reused by every
/// unit of work written on it: no SQL generation, no change detection, only binding values and stepping.
/// </summary>
internal static class RowWriter
{
    private static readonly ConditionalWeakTable<DbConnection, PreparedStatements> Prepared = new();

    public static void Write(DbConnection connection, DbTransaction transaction, IReadOnlyList<RowChange> changes)
    {
        var statements = Prepared.GetValue(connection, c => new PreparedStatements(c));
        foreach (var change in changes)
        {
            var command = statements.For(change);
            command.Transaction = transaction;
            var parameters = command.Parameters;
            for (var i = 0; i < change.Values.Length; i++) parameters[i].Value = change.Values[i] ?? DBNull.Value;
            if (!change.IsInsert && change.Table.TokenIndex >= 0) parameters[^1].Value = change.Original![change.Table.TokenIndex]!;
            if (command.ExecuteNonQuery() != 1)
                throw new ConcurrencyConflictException($"Another writer changed or removed a row of {change.Table.Name} first.");
        }
    }

    private sealed class PreparedStatements(DbConnection connection)
    {
        private readonly Dictionary<(EntityTable, bool), DbCommand> _commands = [];

        public DbCommand For(RowChange change)
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
    }
}
