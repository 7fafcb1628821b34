using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowHub.Persistence;

namespace WorkflowHub.TestSupport;

/// <summary>
/// A database's schema as comparable facts: each column (name, type, nullability, key; on PostgreSQL also its collation)
/// and each index (columns, uniqueness) of the tables whose names start with a prefix. Two databases built differently
/// (from the migration scripts, from the EF model) have the same schema when their facts are equal.
/// </summary>
public static class SchemaFacts
{
    public static HashSet<string> Describe(string path, string tablePrefix) => DescribeSqlite($"Data Source={path};Pooling=False", tablePrefix);

    public static HashSet<string> Describe(TestDatabase database, string tablePrefix) => database.Provider == DatabaseProvider.Postgres
        ? DescribePostgres(database.ConnectionString, tablePrefix)
        : DescribeSqlite($"Data Source={database.SqlitePath};Pooling=False", tablePrefix);

    /// <summary>
    /// The facts of the tables the scripts built in <paramref name="scripts"/>, and those of a database EF Core creates
    /// from the model with these contributions (a second database of the same provider), with the model's own script.
    /// </summary>
    public static async Task<(HashSet<string> FromModel, HashSet<string> FromScripts, string ModelScript)> ModelAndScriptsAsync(
        TestDatabase scripts, string folder, string tablePrefix, IEnumerable<IModelContribution> contributions)
    {
        var fromScripts = Describe(scripts, tablePrefix);
        await using var modelDatabase = TestDatabase.Create(folder, "model.db", scripts.Provider);
        var options = modelDatabase.Options().WithModelContributions(contributions).Options;
        await using var db = new WorkflowHubDbContext(options);
        await db.Database.EnsureCreatedAsync();
        var fromModel = Describe(modelDatabase, tablePrefix);
        return (fromModel, fromScripts, db.Database.GenerateCreateScript());
    }

    private static HashSet<string> DescribeSqlite(string connectionString, string tablePrefix)
    {
        var facts = new HashSet<string>();
        using var connection = new SqliteConnection(connectionString);
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

    private static HashSet<string> DescribePostgres(string connectionString, string tablePrefix)
    {
        var facts = new HashSet<string>();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        var like = tablePrefix.Replace("_", "\\_", StringComparison.Ordinal) + "%";
        foreach (var c in Query(connection, $"""
            SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, COALESCE(co.collname, ''), a.attidentity,
                   COALESCE((SELECT array_position(i.indkey::int2[], a.attnum) FROM pg_index i WHERE i.indrelid = t.oid AND i.indisprimary), -1)
            FROM pg_class t
            JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND co.collname <> 'default'
            WHERE t.relkind = 'r' AND t.relname LIKE '{like}'
            """))
            facts.Add($"{c[0]}.{c[1]} {c[2]} collate={c[4]} notnull={c[3]} identity={c[5]} pk={c[6]}");
        foreach (var i in Query(connection, $"""
            SELECT t.relname, ic.relname, i.indisunique, i.indisprimary,
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
            FROM pg_index i
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
            WHERE t.relname LIKE '{like}'
            """))
            facts.Add($"{i[0]} index {i[1]} unique={i[2]} primary={i[3]} ({i[4]})");
        return facts;
    }

    private static List<string[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }
}
