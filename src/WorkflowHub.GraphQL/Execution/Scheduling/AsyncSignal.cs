namespace WorkflowHub.GraphQL.Execution.Scheduling;

/// <summary>An auto-reset signal a single waiter awaits; setting it wakes the waiter (or the next wait returns at once).</summary>
internal sealed class AsyncSignal
{
    private readonly Lock _gate = new();
    private bool _isSet;
    private TaskCompletionSource? _waiter;

    public void Set()
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            waiter = _waiter;
            _waiter = null;
            if (waiter is null)
            {
                _isSet = true;
                return;
            }
        }

        waiter.TrySetResult();
    }

    public Task WaitAsync()
    {
        lock (_gate)
        {
            if (_isSet)
            {
                _isSet = false;
                return Task.CompletedTask;
            }

            _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiter.Task;
        }
    }
}
