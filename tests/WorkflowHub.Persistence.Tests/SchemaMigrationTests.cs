using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Persistence.Tests;

public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task Should_build_from_the_scripts_exactly_the_schema_the_model_expects()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var fromScripts = SchemaFacts.Describe(engine.DatabasePath, "workflow_");

        var modelPath = Path.Combine(engine.Folder, "model.db");
        var options = new DbContextOptionsBuilder<WorkflowHubDbContext>().UseSqlite($"Data Source={modelPath}").Options;
        await using (var db = new WorkflowHubDbContext(options))
        {
            await db.Database.EnsureCreatedAsync();
            var fromModel = SchemaFacts.Describe(modelPath, "workflow_");
            Assert.True(fromModel.SetEquals(fromScripts),
                "The schema scripts and the EF model differ. Add a migration script. Only in the model: " +
                string.Join("; ", fromModel.Except(fromScripts)) + ". Only in the scripts: " + string.Join("; ", fromScripts.Except(fromModel)) +
                ". The model's full script:\n" + db.Database.GenerateCreateScript());
        }
    }

    [Fact]
    public async Task Should_apply_each_script_once_and_use_write_ahead_logging()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var migrator = (SchemaMigrator)engine.Services.GetService(typeof(SchemaMigrator))!;

        Assert.Equal(0, await migrator.MigrateAsync());

        await using var connection = new SqliteConnection($"Data Source={engine.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; SELECT COUNT(*) FROM workflowhub_schema_versions;";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("wal", reader.GetString(0));
        Assert.True(await reader.NextResultAsync() && await reader.ReadAsync());
        Assert.Equal(SchemaMigrator.Scripts("Sqlite").Count, reader.GetInt32(0));
    }
}
