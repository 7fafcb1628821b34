using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Persistence.Writes;

/// <summary>
/// The reads every transition makes (a row by id, an instance's active bookmarks, tasks, timers, incidents) as
/// prepared statements kept with the connection, materialised with the same conversions as <see cref="RowWriter"/>
/// writes them: EF Core's query pipeline cost more per call than SQLite did. Statements are prepared again when
/// the pooled connection object sits on another native connection than the one they were prepared on.
/// </summary>
internal sealed class RowReader
{
    private static readonly ConditionalWeakTable<SqliteConnection, RowReader> ByConnection = new();

    private readonly SqliteConnection _connection;
    private readonly EngineTables _tables;
    private readonly Dictionary<string, Prepared> _commands = [];
    private SQLitePCL.sqlite3? _preparedOn;

    private RowReader(SqliteConnection connection, EngineTables tables)
    {
        _connection = connection;
        _tables = tables;
    }

    public static RowReader For(SqliteConnection connection, EngineTables tables) => ByConnection.GetValue(connection, c => new RowReader(c, tables));

    public T? ById<T>(Guid id) where T : class => List<T>(nameof(ById), "\"Id\" = @p0", id).FirstOrDefault();

    public WorkflowInstance? InstanceByStartRequest(string requestId) =>
        List<WorkflowInstance>(nameof(InstanceByStartRequest), "\"StartRequestId\" = @p0", requestId).FirstOrDefault();

    public List<Bookmark> ActiveBookmarks(Guid instanceId) =>
        List<Bookmark>(nameof(ActiveBookmarks), "\"InstanceId\" = @p0 AND \"ConsumedAt\" IS NULL", instanceId);

    public List<TaskItem> ActiveTasks(Guid instanceId) =>
        List<TaskItem>(nameof(ActiveTasks), "\"InstanceId\" = @p0 AND (\"Status\" = @p1 OR \"Status\" = @p2)", instanceId, TaskItemStatus.Open, TaskItemStatus.Claimed);

    public List<WorkflowTimer> PendingTimers(Guid instanceId) =>
        List<WorkflowTimer>(nameof(PendingTimers), "\"InstanceId\" = @p0 AND \"Status\" = @p1", instanceId, TimerStatus.Pending);

    public List<Incident> OpenIncidents(Guid instanceId) =>
        List<Incident>(nameof(OpenIncidents), "\"InstanceId\" = @p0 AND \"ResolvedAt\" IS NULL", instanceId);

    private List<T> List<T>(string query, string where, params object[] values) where T : class
    {
        var table = _tables[typeof(T)];
        var (command, columns) = Command(table, query, where, values);
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = columns[i].Mapping.Converter is { } converter ? converter.ConvertToProvider(values[i]) : values[i];
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((T)table.Read(reader));
        return rows;
    }

    private Prepared Command(EntityTable table, string query, string where, object[] values)
    {
        if (!ReferenceEquals(_preparedOn, _connection.Handle))
        {
            foreach (var stale in _commands.Values) stale.Command.Dispose();
            _commands.Clear();
            _preparedOn = _connection.Handle;
        }
        var key = table.Name + "/" + query;
        if (_commands.TryGetValue(key, out var prepared)) return prepared;
        var command = _connection.CreateCommand();
        command.CommandText = $"{table.SelectSql} WHERE {where};";
        var columns = values.Select((_, i) => ColumnOf(table, where, i)).ToArray();
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add((SqliteParameter)columns[i].Mapping.CreateParameter(command, "@p" + i, null));
        return _commands[key] = new Prepared(command, columns);
    }

    private readonly record struct Prepared(SqliteCommand Command, EntityTable.Column[] Columns);

    // The column a parameter is compared with: the nearest quoted name before it in the WHERE clause.
    private static EntityTable.Column ColumnOf(EntityTable table, string where, int parameter)
    {
        var at = where.IndexOf("@p" + parameter, StringComparison.Ordinal);
        var end = where.LastIndexOf('"', at);
        var start = where.LastIndexOf('"', end - 1);
        var name = where[(start + 1)..end];
        return table.Columns.Single(c => c.Name == name);
    }
}
