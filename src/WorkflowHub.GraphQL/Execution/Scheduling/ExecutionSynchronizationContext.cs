using System.Collections.Concurrent;

namespace WorkflowHub.GraphQL.Execution.Scheduling;

/// <summary>
/// Runs the continuations of one request's resolvers on the executor's own loop, one at a time.
/// That keeps building the result single-threaded, and lets the executor see the moment when every
/// started resolver is waiting (its queue is empty) to dispatch DataLoader batches. Once the request
/// is finished, late continuations (of abandoned work after a timeout) go to the thread pool so
/// their cleanup still runs.
/// </summary>
internal sealed class ExecutionSynchronizationContext(AsyncSignal signal) : SynchronizationContext
{
    private ConcurrentQueue<(SendOrPostCallback Callback, object? State)>? _queue;
    private volatile bool _released;

    // Created on the first post: requests whose resolvers all finish synchronously never need it.
    private ConcurrentQueue<(SendOrPostCallback Callback, object? State)> Queue =>
        _queue ?? Interlocked.CompareExchange(ref _queue, new(), null) ?? _queue;

    public override void Post(SendOrPostCallback d, object? state)
    {
        if (_released)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.Callback(s.State), (Callback: d, State: state), preferLocal: false);
            return;
        }

        Queue.Enqueue((d, state));
        signal.Set();
        if (_released)
        {
            Flush();
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs every queued continuation, including those queued meanwhile, on the calling thread.</summary>
    public void RunQueued()
    {
        if (_queue is not { } queue)
        {
            return;
        }

        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (queue.TryDequeue(out var item))
            {
                try
                {
                    item.Callback(item.State);
                }
                catch (Exception)
                {
                    // Continuations of our own awaits catch everything; this only guards against foreign async void code.
                }
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    /// <summary>Stops queueing: pending and later continuations run on the thread pool.</summary>
    public void Release()
    {
        _released = true;
        Flush();
    }

    private void Flush()
    {
        if (_queue is not { } queue)
        {
            return;
        }

        while (queue.TryDequeue(out var item))
        {
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.Callback(s.State), item, preferLocal: false);
        }
    }

    /// <summary>Makes this context current until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        return new Scope(previous);
    }

    public readonly struct Scope(SynchronizationContext? previous) : IDisposable
    {
        public void Dispose() => SetSynchronizationContext(previous);
    }
}
