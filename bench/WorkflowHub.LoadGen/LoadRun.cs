using System.Diagnostics;

namespace WorkflowHub.LoadGen;

public sealed record LoadReport(
    TimeSpan Elapsed, int Submitted, int Lifecycles, double LifecyclesPerSecond, double OperationsPerSecond,
    IReadOnlyList<OperationLatency> Operations, IReadOnlyDictionary<string, int> Errors, AuditResult Audit)
{
    public override string ToString()
    {
        var lines = new List<string>
        {
            $"traffic {Elapsed.TotalSeconds:0} s: {Submitted} requests submitted, {Lifecycles} lifecycles completed " +
            $"({LifecyclesPerSecond:0.00}/s), {OperationsPerSecond:0.0} operations/s",
            $"{"operation",-22} {"count",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}",
        };
        lines.AddRange(Operations.Where(o => o.Operation != "audit")
            .Select(o => $"{o.Operation,-22} {o.Count,7} {o.P50,8:0.0} {o.P95,8:0.0} {o.P99,8:0.0} {o.Max,8:0.0}"));
        lines.Add(Errors.Count == 0 ? "errors: none" : "errors (retried or counted): " + string.Join(", ", Errors.Select(e => $"{e.Key} ×{e.Value}")));
        lines.Add($"audit: {Audit.Requests} requests ({Audit.Closed} closed, {Audit.Unanswered} left unanswered), {Audit.Whistles} whistles, {Audit.Pledges} pledges, " +
                  $"{Audit.TimersFired} timers fired; {Audit.Findings.Count} findings");
        lines.AddRange(Audit.Findings.Take(30).Select(f => $"  {f.Kind}: {f.Subject}: {f.Detail}"));
        lines.Add(Audit.Clean ? "AUDIT CLEAN: nothing lost, nothing stuck, every due timer fired once" : "AUDIT FAILED");
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>A whole run: set up, play the day, let due timers fire, audit. <paramref name="duringTraffic"/> runs alongside the traffic (the fault test kills nodes there).</summary>
public static class LoadRun
{
    /// <summary>How late a due timer may fire: a sweep interval of the servers and a little more.</summary>
    public static readonly TimeSpan FiringGrace = TimeSpan.FromSeconds(15);

    public static async Task<LoadReport> RunAsync(LoadOptions options, Func<CancellationToken, Task>? duringTraffic = null, CancellationToken ct = default)
    {
        var stats = new LoadStats();
        using var nodes = new GraphQLNodes(options.Servers, stats);
        var setup = new RunSetup(nodes, options);
        var officer = await setup.RunAsync(ct);
        var day = new Day(nodes, stats, options, setup, officer);

        var watch = Stopwatch.StartNew();
        var traffic = day.RunAsync(ct);
        if (duringTraffic is not null) await Task.WhenAll(traffic, duringTraffic(ct));
        else await traffic;
        var elapsed = watch.Elapsed;
        var operations = stats.Operations();

        // Timers due during the settle period fire on whichever node is alive; by the audit, every timer due more than a
        // sweep's grace earlier must have fired.
        await Task.Delay(options.Settle, ct);
        var cutoff = DateTimeOffset.UtcNow - FiringGrace;
        var audit = await new Audit(nodes, officer).RunAsync(day.Submitted.ToList(), day.Whistles.ToList(), day.Pledges, cutoff, ct);
        return new LoadReport(elapsed, day.Submitted.Count, stats.Lifecycles, stats.Lifecycles / elapsed.TotalSeconds,
            operations.Sum(o => o.Count) / elapsed.TotalSeconds, operations, stats.Errors, audit);
    }
}
