using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Execution.Results;
using WorkflowHub.GraphQL.Execution.Scheduling;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

internal sealed partial class OperationRun
{
    /// <summary>ExecuteSelectionSet for one object: every field in order; stops when null propagation removed the object.</summary>
    private void ExecuteFields(ObjectType type, object? source, SelectionPlan plan, ResultMap map)
    {
        ThrowIfOutOfTime();
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ExecuteField(type, source, fields[i], map, i);
            if (map.IsDead)
            {
                return;
            }
        }
    }

    private void ExecuteField(ObjectType type, object? source, FieldPlan plan, ResultMap map, int slot)
    {
        if (plan.IsTypeName)
        {
            map.SetSlot(slot, type.Name);
            return;
        }

        object? result;
        FieldContext? context = null;
        try
        {
            var arguments = plan.CoerceArguments(Variables);
            var field = plan.Field;
            if (plan.UsesDefaultResolver)
            {
                // A subscription field without its own resolver resolves to the event itself.
                result = field.Subscriber is not null && ReferenceEquals(map, _data)
                    ? source
                    : DefaultFieldResolver.Resolve(source, field);
            }
            else
            {
                EnsureAsyncReady();
                context = new FieldContext(this, type, plan, source, arguments, map, slot);
                if (field.SyncResolver is { } syncResolver)
                {
                    result = syncResolver(context);
                }
                else
                {
                    var pending = field.Resolver!(context);
                    if (!pending.IsCompletedSuccessfully)
                    {
                        AwaitField(pending, type, plan, map, slot, context);
                        return;
                    }

                    result = pending.Result;
                }
            }

            if (Awaitables.IsAwaitable(result))
            {
                EnsureAsyncReady();
                var pending = Awaitables.ToValueTask(result!);
                if (!pending.IsCompletedSuccessfully)
                {
                    AwaitField(pending, type, plan, map, slot, context);
                    return;
                }

                result = pending.Result;
            }
        }
        catch (Exception e) when (!IsOwnCancellation(e))
        {
            FieldError(e, plan, map, slot, plan.ReturnsNonNull);
            return;
        }

        CompleteValue(plan.Field.Type, plan, type, result, map, slot, context);
    }

    private void ThrowIfOutOfTime()
    {
        if (IsCancellationRequested)
        {
            throw new OperationCanceledException();
        }
    }

    /// <summary>The client went away or the timeout passed (read without creating the timeout token).</summary>
    private bool IsCancellationRequested =>
        _request.RequestAborted.IsCancellationRequested ||
        _timeoutSource is { IsCancellationRequested: true } ||
        (_deadline != long.MaxValue && Environment.TickCount64 > _deadline);

    /// <summary>Cancellation of this request (client gone or timeout) ends the run instead of becoming a field error.</summary>
    private bool IsOwnCancellation(Exception exception) => exception is OperationCanceledException && IsCancellationRequested;
}
