using System.Collections.Concurrent;

namespace WorkflowHub.LoadGen;

/// <summary>Latencies per operation and errors per operation and kind, from every worker at once.</summary>
public sealed class LoadStats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private int _lifecycles;

    public void Latency(string operation, TimeSpan elapsed) => _latencies.GetOrAdd(operation, _ => []).Add(elapsed.TotalMilliseconds);

    public void Error(string operation, string kind) => _errors.AddOrUpdate($"{operation}: {kind}", 1, (_, n) => n + 1);

    public void LifecycleCompleted() => Interlocked.Increment(ref _lifecycles);

    public int Lifecycles => Volatile.Read(ref _lifecycles);

    public IReadOnlyDictionary<string, int> Errors => new SortedDictionary<string, int>(_errors);

    public IReadOnlyList<OperationLatency> Operations() => _latencies
        .Select(p => OperationLatency.Of(p.Key, p.Value.ToArray()))
        .OrderBy(o => o.Operation, StringComparer.Ordinal).ToList();
}

public sealed record OperationLatency(string Operation, int Count, double P50, double P95, double P99, double Max)
{
    public static OperationLatency Of(string operation, double[] milliseconds)
    {
        Array.Sort(milliseconds);
        double At(double q) => milliseconds.Length == 0 ? 0 : milliseconds[Math.Min(milliseconds.Length - 1, (int)Math.Ceiling(q * milliseconds.Length) - 1)];
        return new OperationLatency(operation, milliseconds.Length, At(0.50), At(0.95), At(0.99), milliseconds.Length == 0 ? 0 : milliseconds[^1]);
    }
}
