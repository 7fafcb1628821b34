using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Security.Tests.Persistence;

public sealed class SecuritySchemaTests
{
    [Fact]
    public async Task Should_build_from_the_security_scripts_exactly_the_tables_the_model_expects()
    {
        await using var engine = await EngineFixture.CreateAsync(s =>
        {
            s.AddSingleton<IModelContribution, SecurityModel>();
            foreach (var step in SecuritySchemaStep.All()) s.AddSingleton<ISchemaContribution>(step);
        });
        var fromScripts = Describe(engine.DatabasePath);

        var modelPath = Path.Combine(engine.Folder, "model.db");
        var options = new DbContextOptionsBuilder<WorkflowHubDbContext>().UseSqlite($"Data Source={modelPath}")
            .WithModelContributions([new SecurityModel()]).Options;
        await using var db = new WorkflowHubDbContext(options);
        await db.Database.EnsureCreatedAsync();
        var fromModel = Describe(modelPath);

        Assert.True(fromModel.SetEquals(fromScripts),
            "The security scripts and the model differ; add a numbered script. Only in the model: " +
            string.Join("; ", fromModel.Except(fromScripts)) + ". Only in the scripts: " + string.Join("; ", fromScripts.Except(fromModel)) +
            ". The model's script:\n" + db.Database.GenerateCreateScript());
        Assert.Equal(5, fromModel.Where(f => f.StartsWith("security_", StringComparison.Ordinal)).Select(f => f.Split('.')[0]).Distinct().Count());
    }

    private static HashSet<string> Describe(string path)
    {
        var facts = new HashSet<string>();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'security\\_%' ESCAPE '\\'").Select(r => r[0]).ToList())
        {
            foreach (var c in Query(connection, $"PRAGMA table_info(\"{table}\")"))
                facts.Add($"{table}.{c[1]} {c[2]} notnull={c[3]} pk={c[5]}");
            foreach (var index in Query(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                if (index[1].StartsWith("sqlite_autoindex", StringComparison.Ordinal)) continue;
                var columns = string.Join(",", Query(connection, $"PRAGMA index_info(\"{index[1]}\")").Select(c => c[2]));
                facts.Add($"index {index[1]} on {table}({columns}) unique={index[2]}");
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
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i))!).ToArray());
        return rows;
    }
}
