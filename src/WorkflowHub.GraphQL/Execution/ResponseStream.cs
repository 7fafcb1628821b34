namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// The results of a subscription: one <see cref="ExecutionResult"/> per source event, read once.
/// Disposing it (or cancelling the read) ends the source stream.
/// </summary>
public sealed class ResponseStream : IAsyncDisposable
{
    private readonly Func<CancellationToken, IAsyncEnumerable<ExecutionResult>> _read;
    private readonly Func<ValueTask>? _dispose;
    private int _readStarted;
    private int _disposed;

    public ResponseStream(Func<CancellationToken, IAsyncEnumerable<ExecutionResult>> read, Func<ValueTask>? dispose = null)
    {
        _read = read ?? throw new ArgumentNullException(nameof(read));
        _dispose = dispose;
    }

    /// <summary>The results in event order; may be enumerated only once.</summary>
    public IAsyncEnumerable<ExecutionResult> ReadResultsAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _readStarted, 1) == 1)
        {
            throw new InvalidOperationException("The response stream can be read only once.");
        }

        return _read(cancellationToken);
    }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _disposed, 1) == 0 && _dispose is not null ? _dispose() : ValueTask.CompletedTask;
}
