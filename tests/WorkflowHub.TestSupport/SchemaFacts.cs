using Microsoft.Data.Sqlite;

namespace WorkflowHub.TestSupport;

/// <summary>
/// A database's schema as comparable facts: each column (name, type, nullability, key) and each index (columns,
/// uniqueness) of the tables whose names start with a prefix. Two databases built differently (from the migration
/// scripts, from the EF model) have the same schema when their facts are equal.
/// </summary>
public static class SchemaFacts
{
    public static HashSet<string> Describe(string path, string tablePrefix)
    {
        var facts = new HashSet<string>();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var like = tablePrefix.Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var tables = Query(connection, $"SELECT name FROM sqlite_master WHERE type='table' AND name LIKE '{like}' ESCAPE '\\'").Select(r => r[0]).ToList();
        foreach (var table in tables)
        {
            foreach (var c in Query(connection, $"PRAGMA table_info(\"{table}\")"))
                facts.Add($"{table}.{c[1]} {c[2]} notnull={c[3]} pk={c[5]}");
            foreach (var index in Query(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                if (index[1].StartsWith("sqlite_autoindex", StringComparison.Ordinal)) continue;
                var columns = string.Join(",", Query(connection, $"PRAGMA index_info(\"{index[1]}\")").Select(r => r[2]));
                facts.Add($"{table} index {index[1]} unique={index[2]} ({columns})");
            }
        }
        return facts;
    }

    private static List<string[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "").ToArray());
        return rows;
    }
}
