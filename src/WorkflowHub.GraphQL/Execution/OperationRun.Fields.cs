using WorkflowHub.GraphQL.Authorization;
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
            if (plan.Authorization is { } directives)
            {
                // Checked before the resolver: a refused mutation has no side effects.
                EnsureAsyncReady();
                context = new FieldContext(this, type, plan, source, arguments, map, slot);
                var check = FieldAuthorization.CheckAsync(directives, context);
                if (!check.IsCompletedSuccessfully)
                {
                    AwaitField(ResolveWhenAuthorizedAsync(check, plan, source, map, context), type, plan, map, slot, context);
                    return;
                }

                if (check.Result != AuthorizeResult.Allowed)
                {
                    throw new AuthorizationException(check.Result);
                }
            }

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
                context ??= new FieldContext(this, type, plan, source, arguments, map, slot);
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

    /// <summary>The slow path of an authorization check that did not finish at once: resolve only once it allowed the field.</summary>
    private async ValueTask<object?> ResolveWhenAuthorizedAsync(ValueTask<AuthorizeResult> check, FieldPlan plan, object? source, ResultMap map, FieldContext context)
    {
        var result = await check;
        if (result != AuthorizeResult.Allowed)
        {
            throw new AuthorizationException(result);
        }

        var field = plan.Field;
        object? value = plan.UsesDefaultResolver
            ? field.Subscriber is not null && ReferenceEquals(map, _data) ? source : DefaultFieldResolver.Resolve(source, field)
            : field.SyncResolver is { } sync ? sync(context) : await field.Resolver!(context);
        return Awaitables.IsAwaitable(value) ? await Awaitables.ToValueTask(value!) : value;
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
