using System.Diagnostics;

namespace WorkflowHub.TestSupport;

/// <summary>
/// A PostgreSQL server of one test's own, from the machine's Debian binaries, on a free loopback port: for a test that
/// restarts the database under load, which it must not do to the server the other suites share. Runs as the
/// <c>postgres</c> user when the tests run as root (initdb refuses root). Nothing in it outlives the test.
/// </summary>
public sealed class DedicatedPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private DedicatedPostgres(string bin, string folder, int port, bool asPostgresUser)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=5;Command Timeout=30";

    /// <summary>The newest server binaries installed, or null when there are none.</summary>
    public static string? Binaries =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;

    public static async Task<DedicatedPostgres> StartAsync()
    {
        var bin = Binaries ?? throw new InvalidOperationException("No PostgreSQL server binaries under /usr/lib/postgresql (Debian's postgresql package).");
        var folder = Directory.CreateTempSubdirectory("workflowhub-dedicated-pg-").FullName;
        var asPostgresUser = Environment.UserName == "root";
        var server = new DedicatedPostgres(bin, folder, LoopbackPorts.Free(), asPostgresUser);
        if (asPostgresUser) await RunAsync("chown", ["postgres", folder]);
        await server.PgAsync("initdb", $"-D {server.Data} -U postgres --auth=trust");
        await server.StartServerAsync();
        return server;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>Fast shutdown and start again, as an operator's restart: every open connection is cut.</summary>
    public async Task RestartAsync()
    {
        await PgAsync("pg_ctl", $"-D {Data} stop -m fast -w");
        await StartServerAsync();
    }

    private Task StartServerAsync() =>
        PgAsync("pg_ctl", $"-D {Data} -l {Path.Combine(_folder, "log")} -w start " +
                          $"-o \"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off\"");

    private Task PgAsync(string tool, string arguments)
    {
        var command = Path.Combine(_bin, tool) + " " + arguments;
        return _asPostgresUser ? RunAsync("su", ["postgres", "-c", command]) : RunAsync("/bin/sh", ["-c", command]);
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    public async ValueTask DisposeAsync()
    {
        try { await PgAsync("pg_ctl", $"-D {Data} stop -m immediate -w"); }
        catch (InvalidOperationException) { } // already stopped
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
