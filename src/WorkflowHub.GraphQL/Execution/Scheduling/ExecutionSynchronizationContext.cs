using System.Collections.Concurrent;

namespace WorkflowHub.GraphQL.Execution.Scheduling;

/// <summary>
/// Runs the continuations of one request's resolvers on the executor's own loop, one at a time.
/// That keeps building the result single-threaded, and lets the executor see the moment when every
/// started resolver is waiting (its queue is empty) to dispatch DataLoader batches. Once the request
/// is finished, late continuations (of abandoned work after a timeout) go to the thread pool so
/// their cleanup still runs. The queue and the wake-up signal are created on first use: requests whose
/// resolvers all finish synchronously pay for this object only.
/// </summary>
internal sealed class ExecutionSynchronizationContext : SynchronizationContext
{
    private ConcurrentQueue<(SendOrPostCallback Callback, object? State)>? _queue;
    private volatile bool _released;
    private bool _woken;
    private TaskCompletionSource? _waiter;

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
        Wake();
        if (_released)
        {
            Flush();
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Wakes the loop waiting in <see cref="WaitAsync"/> (or makes its next wait return at once). Any thread.</summary>
    public void Wake()
    {
        TaskCompletionSource? waiter;
        lock (this)
        {
            waiter = _waiter;
            _waiter = null;
            if (waiter is null)
            {
                _woken = true;
                return;
            }
        }

        waiter.TrySetResult();
    }

    /// <summary>Completes when something was posted or <see cref="Wake"/> was called since the last wait.</summary>
    public Task WaitAsync()
    {
        lock (this)
        {
            if (_woken)
            {
                _woken = false;
                return Task.CompletedTask;
            }

            _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiter.Task;
        }
    }

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
}
