using WorkflowHub.Governance.Demo;
using WorkflowHub.Persistence;

namespace WorkflowHub.Server.Hosting;

/// <summary>
/// The demo data: <c>seed --demo</c> on the command line fills the database and exits; on an empty database the
/// server seeds it when <c>WorkflowHub:SeedDemoOnEmpty</c> is true, and otherwise says how to.
/// </summary>
internal static class DemoSeeding
{
    public const string SettingKey = "WorkflowHub:SeedDemoOnEmpty";

    public static bool IsSeedCommand(string[] args) => args.Length > 0 && args[0] == "seed";

    /// <summary>The arguments left for configuration once the command's own words are taken out.</summary>
    public static string[] ConfigurationArgs(string[] args)
    {
        if (!IsSeedCommand(args)) return args;
        // Seeding commits thousands of small steps: flushing each to disk (FULL) would triple the time, and a seed cut short
        // by a power loss is simply run again. A Synchronous setting given on the command line still wins, coming later.
        var rest = args.Skip(1).Where(a => a != "--demo").Prepend("--WorkflowHub:Sqlite:Synchronous=NORMAL").ToList();
        if (rest.IndexOf("--size") is var at and >= 0) rest.RemoveRange(at, Math.Min(2, rest.Count - at));
        return rest.ToArray();
    }

    /// <summary>The demo's size from "--size small|full" (full when not given); null when the value is not one of those.</summary>
    private static DemoSize? SizeOf(string[] args) => Array.IndexOf(args, "--size") is var at and >= 0
        ? DemoSize.Parse(at + 1 < args.Length ? args[at + 1] : "?")
        : DemoSize.Full;

    public static async Task<int> RunCommandAsync(WebApplication app, string[] args)
    {
        if (!args.Contains("--demo") || SizeOf(args) is not { } size)
        {
            Console.Error.WriteLine("Usage: seed --demo [--size full|small]   (fills an empty database with a demo district, its staff and party members, " +
                                    $"and {DemoSize.Full.Requests} requests and {DemoSize.Full.Pledges} pledges in every state; small: {DemoSize.Small.Requests} and {DemoSize.Small.Pledges})");
            return 2;
        }
        // The schema and the built-in workflows, as a server start brings them: the demo runs requests and pledges through them.
        await ActivatorUtilities.CreateInstance<StartupTasks>(app.Services).StartAsync(CancellationToken.None);
        var seeder = app.Services.GetRequiredService<DemoSeeder>();
        if (!await seeder.IsEmptyAsync())
        {
            Console.Error.WriteLine("The database has org units already; the demo is only seeded into an empty one.");
            return 1;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var context = await seeder.SeedAsync(new ConsoleProgressBar(), size);
        Console.WriteLine();
        Console.WriteLine($"Seeded {context.StreetIds.Count} streets, {context.CommunityIds.Count} communities, {context.GridIds.Count} grids, " +
                          $"{context.PartyMemberIds.Count} party members, {size.Requests} requests and {size.Pledges} pledges in {started.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    private sealed class ConsoleProgressBar : IProgress<DemoProgress>
    {
        private const int Width = 30;

        public void Report(DemoProgress value)
        {
            var share = value.Total == 0 ? 1 : (double)value.Done / value.Total;
            var filled = (int)Math.Round(share * Width);
            Console.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {share,4:P0} {value.Stage,-30}");
        }
    }
}

/// <summary>After start-up migrations: seeds an empty database if configured to, or logs how to.</summary>
internal sealed class DemoOnEmptyDatabase(DemoSeeder seeder, IConfiguration configuration, ILogger<DemoOnEmptyDatabase> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!await seeder.IsEmptyAsync(ct)) return;
        if (!configuration.GetValue<bool>(DemoSeeding.SettingKey))
        {
            logger.LogInformation("The database has no org units yet. For a demo district run `dotnet run --project src/WorkflowHub.Server -- seed --demo`, " +
                                  "or start with --{Setting}=true.", DemoSeeding.SettingKey);
            return;
        }
        var context = await seeder.SeedAsync(new Progress<DemoProgress>(), ct);
        logger.LogInformation("Seeded the demo district: {Grids} grids, {Members} party members.", context.GridIds.Count, context.PartyMemberIds.Count);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
