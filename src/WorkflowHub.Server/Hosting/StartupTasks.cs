using WorkflowHub.Engine.Definitions;
using WorkflowHub.Persistence;

namespace WorkflowHub.Server.Hosting;

public sealed record StartupOptions(string? WorkflowsFolder);

/// <summary>Brings the database schema up to date and imports built-in definitions not yet stored.</summary>
internal sealed class StartupTasks(SchemaMigrator migrator, DefinitionService definitions, StartupOptions options, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await migrator.MigrateAsync(ct);
        var folder = WorkflowsFolder();
        if (folder is null)
        {
            logger.LogWarning("No workflows folder found; no built-in definitions imported.");
            return;
        }
        foreach (var file in Directory.GetFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order())
        {
            try
            {
                if (await definitions.ImportIfMissingAsync(await File.ReadAllTextAsync(file, ct), ct) is { } imported)
                    logger.LogInformation("Imported {DefinitionId} as published version {Version} from {File}.", imported.DefinitionId, imported.Version, file);
            }
            catch (DefinitionInvalidException e)
            {
                // One broken file must not keep the others, or the server, from starting.
                logger.LogError("Skipped {File}: {Errors}", file, e.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private string? WorkflowsFolder()
    {
        string?[] candidates = [options.WorkflowsFolder, "workflows", Path.Combine(AppContext.BaseDirectory, "workflows")];
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && Directory.Exists(c));
    }
}
