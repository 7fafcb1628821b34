namespace WorkflowHub.Persistence;

/// <summary>
/// SQLite admits one writing transaction at a time. Writers of this process queue here, in
/// order, instead of colliding on the file lock, where the loser polls with sleeps and a burst
/// of concurrent commits turns into a tail of 100 ms waits. It orders commits only: reads run
/// freely, and two changes to one instance are still told apart by the instance's revision.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<Releaser> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Releaser(_gate);
    }

    public readonly struct Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
