using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using WorkflowHub.Persistence.Writes;

namespace WorkflowHub.Persistence;

/// <summary>
/// SQLite admits one writing transaction at a time, and with synchronous=FULL every commit waits for a flush.
/// Writers of this process queue here instead of colliding on the file lock (where the loser polls with sleeps).
/// Units of work that only write engine rows are group-committed by one writer thread: it takes every unit waiting
/// when it gets the writer's turn and writes them in ONE transaction on the gate's own connection, each inside its own
/// savepoint, so a unit that fails (a revision conflict, a duplicate key) is rolled back alone and its caller gets its
/// own error. Each caller returns only once the transaction holding its rows has committed, so durability is
/// unchanged: one flush covers the group. Callers wait for their own unit only, never for the turn, so a caller whose
/// rows are stored goes on while the next group is written. Other writers take the turn exclusively with
/// <see cref="EnterAsync"/>.
/// </summary>
public sealed class SqliteWriteGate(SqliteStoreOptions options) : IDisposable
{
    private const int MaxGroup = 128;

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentQueue<QueuedUnit> _waiting = new();
    private readonly SemaphoreSlim _queued = new(0);
    private readonly Lock _starting = new();
    private Thread? _writerThread;
    private volatile bool _stopping;
    private SqliteConnection? _connection;
    private RowWriter? _writer;

    /// <summary>The writer's turn, exclusively, for a transaction on the caller's own connection.</summary>
    public async ValueTask<Releaser> EnterAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        return new Releaser(_turn);
    }

    /// <summary>Writes these rows in the next group commit; completes once it committed, or faults with this unit's own error.</summary>
    internal Task CommitAsync(IReadOnlyList<RowChange> rows)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);
        var unit = new QueuedUnit(rows);
        _waiting.Enqueue(unit);
        StartWriter();
        _queued.Release();
        return unit.Done.Task;
    }

    private void StartWriter()
    {
        if (_writerThread is not null) return;
        lock (_starting)
        {
            if (_writerThread is not null) return;
            // Its own thread, not the pool's: a group's SQLite calls and flush are synchronous and would hold a pool
            // thread for as long as they take.
            var thread = new Thread(WriteLoop) { IsBackground = true, Name = "SQLite group commit" };
            thread.Start();
            _writerThread = thread;
        }
    }

    private void WriteLoop()
    {
        while (true)
        {
            _queued.Wait();
            if (_waiting.IsEmpty)
            {
                if (_stopping) return;
                continue;
            }
            _turn.Wait();
            try
            {
                WriteWaitingUnits();
            }
            finally
            {
                _turn.Release();
            }
        }
    }

    private void WriteWaitingUnits()
    {
        var group = new List<QueuedUnit>();
        while (group.Count < MaxGroup && _waiting.TryDequeue(out var next)) group.Add(next);
        if (group.Count == 0) return;
        var written = new List<QueuedUnit>(group.Count);
        SqliteTransaction? transaction = null;
        try
        {
            var connection = Connection();
            var writer = _writer ??= new RowWriter(connection);
            transaction = connection.BeginTransaction();
            // A unit alone needs no savepoint: if it fails, the whole transaction is its own and is rolled back.
            var isolate = group.Count > 1;
            foreach (var unit in group)
            {
                if (isolate) transaction.Save("unit");
                try
                {
                    writer.Write(transaction, unit.Rows);
                    if (isolate) transaction.Release("unit");
                    written.Add(unit);
                }
                catch (Exception e) when (isolate && InTransaction(connection))
                {
                    transaction.Rollback("unit");
                    transaction.Release("unit");
                    unit.Done.TrySetException(e);
                }
            }
            transaction.Commit();
        }
        catch (Exception e)
        {
            // The transaction failed (open, begin, commit, an error that ended it, or the only unit's error): nothing of the group is stored.
            foreach (var unit in group) unit.Done.TrySetException(e);
            return;
        }
        finally
        {
            transaction?.Dispose();
        }
        foreach (var unit in written) unit.Done.TrySetResult();
    }

    private static bool InTransaction(SqliteConnection connection) => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    private SqliteConnection Connection()
    {
        if (_connection is not null) return _connection;
        var connection = new SqliteConnection(options.ConnectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SqlitePragmas.Sql(options.Synchronous, options.BusyTimeoutMs);
            command.ExecuteNonQuery();
        }
        return _connection = connection;
    }

    /// <summary>Writes what is queued, stops the writer thread, closes the connection.</summary>
    public void Dispose()
    {
        _stopping = true;
        _queued.Release();
        _writerThread?.Join();
        // A unit queued as the writer stopped is not written: its caller hears so rather than waiting for ever.
        while (_waiting.TryDequeue(out var late)) late.Done.TrySetException(new ObjectDisposedException(nameof(SqliteWriteGate)));
        _writer?.Dispose();
        _connection?.Dispose();
    }

    /// <summary>The turn, given back on dispose; <c>default</c> holds none (a store without a gate).</summary>
    public readonly struct Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }

    private sealed class QueuedUnit(IReadOnlyList<RowChange> rows)
    {
        public IReadOnlyList<RowChange> Rows { get; } = rows;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
