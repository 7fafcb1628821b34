using System.Data.Common;

namespace WorkflowHub.Governance.Metrics;

internal static class MetricsCommands
{
    public static async Task<object[]> RowAsync(DbConnection connection, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var row = new object[reader.FieldCount];
        for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? 0L : reader.GetValue(i);
        return row;
    }
}
