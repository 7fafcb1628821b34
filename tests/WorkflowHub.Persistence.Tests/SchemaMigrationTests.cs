using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Persistence.Tests;

public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task Should_build_from_the_scripts_exactly_the_schema_the_model_expects()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var (fromModel, fromScripts, modelScript) = await SchemaFacts.ModelAndScriptsAsync(engine.Database, engine.Folder, "workflow_", []);

        Assert.True(fromModel.SetEquals(fromScripts),
            $"The {engine.Database.Provider} schema scripts and the EF model differ. Add a migration script. Only in the model: " +
            string.Join("; ", fromModel.Except(fromScripts)) + ". Only in the scripts: " + string.Join("; ", fromScripts.Except(fromModel)) +
            ". The model's full script:\n" + modelScript);
        Assert.NotEmpty(fromModel);
    }

    [Fact]
    public async Task Should_have_the_same_script_numbers_for_every_provider()
    {
        Assert.Equal(SchemaMigrator.Scripts("Sqlite").Select(s => (s.Version, s.Name)), SchemaMigrator.Scripts("Postgres").Select(s => (s.Version, s.Name)));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Should_apply_each_script_once()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var migrator = engine.Services.GetRequiredService<SchemaMigrator>();

        Assert.Equal(0, await migrator.MigrateAsync());

        Assert.Equal(SchemaMigrator.Scripts(engine.Database.Provider.ToString()).Count, await AppliedVersionsAsync(engine));
    }

    [Fact]
    public async Task Should_apply_each_script_once_when_two_servers_start_on_one_new_database_together()
    {
        var folder = Directory.CreateTempSubdirectory("workflowhub-migrate-").FullName;
        await using var database = TestDatabase.Create(folder);
        var servers = Enumerable.Range(0, 2).Select(_ =>
        {
            var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            database.AddStore(services);
            return services.BuildServiceProvider();
        }).ToList();

        var applied = await Task.WhenAll(servers.Select(s => s.GetRequiredService<SchemaMigrator>().MigrateAsync()));

        var scripts = SchemaMigrator.Scripts(database.Provider.ToString()).Count;
        Assert.Equal(scripts, applied.Sum());
        await using (var db = await servers[0].GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>().CreateDbContextAsync())
            Assert.Equal(0, await db.Instances.CountAsync());
        foreach (var server in servers) await server.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Should_use_write_ahead_logging_on_sqlite()
    {
        await using var engine = await EngineFixture.CreateAsync(provider: DatabaseProvider.Sqlite);

        await using var connection = new SqliteConnection($"Data Source={engine.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    private static Task<int> AppliedVersionsAsync(EngineFixture engine) => engine.QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM workflowhub_schema_versions;";
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    });
}
