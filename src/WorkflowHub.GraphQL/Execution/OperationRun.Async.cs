using System.Runtime.ExceptionServices;
using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Execution.Results;
using WorkflowHub.GraphQL.Execution.Scheduling;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

internal sealed partial class OperationRun
{
    private ExecutionSynchronizationContext? _sync;
    private SynchronizationContext? _previousContext;
    private bool _contextEntered;
    private int _outstanding;
    private CancellationTokenSource? _timeoutSource;
    private Exception? _fatal;
    private volatile bool _finished;

    /// <summary>
    /// The request's token, linked to the execution timeout. The timer behind it is only set up when a
    /// resolver asks for the token or the run goes asynchronous: synchronous requests never pay for it.
    /// </summary>
    public CancellationToken CancellationToken
    {
        get
        {
            if (_timeoutSource is { } source)
            {
                return source.Token;
            }

            if (_deadline == long.MaxValue || _finished)
            {
                return _request.RequestAborted;
            }

            source = CancellationTokenSource.CreateLinkedTokenSource(_request.RequestAborted);
            source.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(0, _deadline - Environment.TickCount64)));
            if (Interlocked.CompareExchange(ref _timeoutSource, source, null) is { } raced)
            {
                source.Dispose(); // a resolver on another thread asked at the same moment
                return raced.Token;
            }

            return source.Token;
        }
    }

    /// <summary>
    /// Called before every resolver that is not the default one: sets up this run's loop and makes it the
    /// current synchronization context, so that resolvers' continuations come back to it.
    /// </summary>
    private void EnsureAsyncReady()
    {
        _sync ??= new ExecutionSynchronizationContext();

        if (!_contextEntered && !ReferenceEquals(SynchronizationContext.Current, _sync))
        {
            _previousContext = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(_sync);
            _contextEntered = true;
        }
    }

    private void LeaveContext()
    {
        if (_contextEntered)
        {
            SynchronizationContext.SetSynchronizationContext(_previousContext);
            _contextEntered = false;
            _previousContext = null;
        }
    }

    private void AwaitField(ValueTask<object?> pending, ObjectType type, FieldPlan plan, ResultMap map, int slot, FieldContext? context)
    {
        _outstanding++;
        _ = AwaitFieldAsync(pending, type, plan, map, slot, context);
    }

    private async Task AwaitFieldAsync(ValueTask<object?> pending, ObjectType type, FieldPlan plan, ResultMap map, int slot, FieldContext? context)
    {
        try
        {
            object? result;
            try
            {
                result = await pending;
            }
            catch (Exception e)
            {
                if (!_finished && !map.IsDetached())
                {
                    if (IsOwnCancellation(e))
                    {
                        _fatal ??= e;
                    }
                    else
                    {
                        FieldError(e, plan, map, slot, plan.ReturnsNonNull);
                    }
                }

                return;
            }

            if (!_finished && !map.IsDetached())
            {
                CompleteValue(plan.Field.Type, plan, type, result, map, slot, context);
            }
        }
        catch (Exception e)
        {
            _fatal ??= e;
        }
        finally
        {
            _outstanding--;
        }
    }

    /// <summary>Completes slot <paramref name="index"/> of <paramref name="list"/> (a list item, or any slot) once <paramref name="pending"/> has its value.</summary>
    private void AwaitItem(ValueTask<object?> pending, Types.IType itemType, FieldPlan plan, ObjectType parentType, ResultNode list, int index, FieldContext? context)
    {
        _outstanding++;
        _ = AwaitItemAsync(pending, itemType, plan, parentType, list, index, context);
    }

    private async Task AwaitItemAsync(ValueTask<object?> pending, Types.IType itemType, FieldPlan plan, ObjectType parentType, ResultNode list, int index, FieldContext? context)
    {
        try
        {
            object? result;
            try
            {
                result = await pending;
            }
            catch (Exception e)
            {
                if (!_finished && !list.IsDetached())
                {
                    if (IsOwnCancellation(e))
                    {
                        _fatal ??= e;
                    }
                    else
                    {
                        FieldError(e, plan, list, index, itemType is NonNullType);
                    }
                }

                return;
            }

            if (!_finished && !list.IsDetached())
            {
                CompleteValue(itemType, plan, parentType, result, list, index, context);
            }
        }
        catch (Exception e)
        {
            _fatal ??= e;
        }
        finally
        {
            _outstanding--;
        }
    }

    /// <summary>Drives the run once some resolver went asynchronous; for mutations also starts the remaining root fields one by one.</summary>
    private async Task<ExecutionResult> RunAsync(int nextRootField)
    {
        var dispatcher = FindDispatcher();
        Action? wake = null;
        CancellationTokenRegistration registration = default;
        try
        {
            var loop = _sync!;
            wake = loop.Wake;
            var token = CancellationToken;
            if (token.CanBeCanceled)
            {
                registration = token.Register(static state => ((ExecutionSynchronizationContext)state!).Wake(), loop);
            }

            if (dispatcher is not null)
            {
                dispatcher.BatchQueued += wake;
            }

            while (true)
            {
                await PumpAsync(dispatcher).ConfigureAwait(false);
                if (nextRootField >= _rootPlan.Fields.Length)
                {
                    break;
                }

                try
                {
                    nextRootField = ExecuteSeriallyFrom(nextRootField);
                }
                finally
                {
                    LeaveContext();
                }
            }

            return BuildResult();
        }
        catch (Exception e)
        {
            return Fail(e);
        }
        finally
        {
            if (dispatcher is not null && wake is not null)
            {
                dispatcher.BatchQueued -= wake;
            }

            registration.Dispose();
            Finished();
        }
    }

    /// <summary>Runs continuations until no resolver is outstanding; dispatches batches whenever all of them wait.</summary>
    private async ValueTask PumpAsync(IBatchDispatcher? dispatcher)
    {
        while (true)
        {
            _sync?.RunQueued();
            if (_fatal is { } fatal)
            {
                _fatal = null;
                ExceptionDispatchInfo.Throw(fatal);
            }

            if (_outstanding == 0)
            {
                return;
            }

            ThrowIfOutOfTime();
            if (dispatcher is { HasPending: true })
            {
                Dispatch(dispatcher);
                continue;
            }

            await _sync!.WaitAsync().ConfigureAwait(false);
        }
    }

    private void Dispatch(IBatchDispatcher dispatcher)
    {
        Task task;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_sync);
        try
        {
            task = dispatcher.DispatchAsync();
        }
        catch (Exception)
        {
            return; // a loader whose batch fails fails its own waiting loads
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        if (!task.IsCompleted)
        {
            task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private IBatchDispatcher? FindDispatcher()
    {
        if (Services.GetService(typeof(IBatchDispatcher)) is IBatchDispatcher fromServices)
        {
            return fromServices;
        }

        return ContextData.TryGetValue(IBatchDispatcher.ContextDataKey, out var stored) ? stored as IBatchDispatcher : null;
    }

    /// <summary>Ends the run: late continuations go to the thread pool and abandoned resolvers are told to stop.</summary>
    private void Finished()
    {
        _finished = true;
        _sync?.Release();
        if (_timeoutSource is null)
        {
            return;
        }

        if (_outstanding > 0)
        {
            try
            {
                _timeoutSource.Cancel();
            }
            catch (Exception)
            {
                // Cancellation callbacks belong to abandoned resolvers; their failures no longer matter.
            }
        }
        else
        {
            _timeoutSource.Dispose();
        }
    }
}
