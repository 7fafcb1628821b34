using Npgsql;
using WorkflowHub.LoadGen;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;
using Xunit.Abstractions;

namespace WorkflowHub.Server.Tests;

/// <summary>
/// Runs in the PostgreSQL pass of CI (<c>WORKFLOWHUB_TEST_DATABASE=postgres</c>) on a machine with PostgreSQL's server
/// binaries: the test restarts the database, so it starts a server of its own rather than the one other suites share.
/// </summary>
public sealed class ClusterFaultFactAttribute : FactAttribute
{
    public ClusterFaultFactAttribute()
    {
        if (!TestDatabase.OnPostgres)
            Skip = $"Runs in the PostgreSQL pass ({TestDatabase.ProviderVariable}=postgres, as .ci/run's second pass sets it).";
        else if (DedicatedPostgres.Binaries is null)
            Skip = "Needs PostgreSQL's server binaries (Debian's postgresql package, which .ci/run installs) to start and restart a database of its own.";
    }
}

/// <summary>
/// A city's deployment under a day's traffic: two servers on one PostgreSQL, the load generator spreading every request's
/// steps over both. One server is SIGKILLed and comes back, then the other; PostgreSQL itself restarts once. The load
/// generator retries what was cut off (each step is safe to repeat) and at the end audits everything: zero lost requests,
/// zero stuck instances, zero timers unfired or fired twice.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ClusterFaultTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const string AdminPassword = "cluster fault test admin";
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-cluster-fault-").FullName;
    private DedicatedPostgres? _postgres;
    private TestDatabase? _database;

    [ClusterFaultFact]
    public async Task Should_lose_nothing_when_each_node_is_killed_and_the_database_restarts_under_load()
    {
        _postgres = await DedicatedPostgres.StartAsync();
        _database = TestDatabase.Create(_folder, provider: DatabaseProvider.Postgres, postgresServer: _postgres.ConnectionString);
        string[] settings =
        [
            "--WorkflowHub:Auth:AdminPassword", AdminPassword, "--WorkflowHub:RateLimits:Enabled", "false",
            // Deadlines compressed so that timers fire throughout the run.
            "--WorkflowHub:Governance:Categories:general:SignForLimit", "PT15S",
            "--WorkflowHub:Timers:ClusterCheckinInterval", "00:00:01", "--WorkflowHub:Timers:ClusterCheckinMisfireThreshold", "00:00:03",
            "--WorkflowHub:Timers:SweepInterval", "00:00:05",
        ];
        await using var nodeA = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder, settings);
        await using var nodeB = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder, settings);
        var faults = new List<string>();

        async Task FaultsAsync(CancellationToken ct)
        {
            var start = DateTime.UtcNow;
            async Task At(int second)
            {
                var wait = TimeSpan.FromSeconds(second) - (DateTime.UtcNow - start);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
            }
            await At(15);
            nodeA.Kill();
            faults.Add($"{(DateTime.UtcNow - start).TotalSeconds:0} s: node A SIGKILLed");
            await At(20);
            await nodeA.RestartAsync();
            faults.Add($"{(DateTime.UtcNow - start).TotalSeconds:0} s: node A ready again");
            await At(35);
            nodeB.Kill();
            faults.Add($"{(DateTime.UtcNow - start).TotalSeconds:0} s: node B SIGKILLed");
            await At(40);
            await nodeB.RestartAsync();
            faults.Add($"{(DateTime.UtcNow - start).TotalSeconds:0} s: node B ready again");
            await At(55);
            await _postgres.RestartAsync();
            faults.Add($"{(DateTime.UtcNow - start).TotalSeconds:0} s: PostgreSQL restarted");
        }

        var report = await LoadRun.RunAsync(new LoadOptions
        {
            Servers = [nodeA.BaseAddress, nodeB.BaseAddress],
            AdminPassword = AdminPassword,
            Duration = TimeSpan.FromSeconds(75),
            Rate = 3,
            UnansweredShare = 0.15,
            WhistleRate = 0.2,
            Settle = TimeSpan.FromSeconds(45),
        }, FaultsAsync);

        output.WriteLine(string.Join(Environment.NewLine, faults));
        output.WriteLine(report.ToString());
        Assert.Equal(5, faults.Count);
        Assert.True(report.Submitted >= 150, $"only {report.Submitted} requests were submitted:\n{report}");
        Assert.True(report.Audit.Unanswered >= 10 && report.Audit.TimersFired >= report.Audit.Unanswered, $"too few deadlines fell due:\n{report}");
        Assert.True(report.Audit.Clean, report.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
