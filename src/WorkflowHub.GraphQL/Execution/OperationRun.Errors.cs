using System.Reflection;
using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Execution.Results;

namespace WorkflowHub.GraphQL.Execution;

internal sealed partial class OperationRun
{
    /// <summary>A resolver (or coercion) failed for slot <paramref name="slot"/>: record the error and null what has to be nulled.</summary>
    private void FieldError(Exception exception, FieldPlan plan, ResultNode node, int slot, bool nonNull) =>
        RaiseError(ToError(exception, plan, ResultPaths.Of(node, slot)), node, slot, nonNull);

    private GraphQLError ToError(Exception exception, FieldPlan plan, IReadOnlyList<object> path)
    {
        exception = Unwrap(exception);
        return exception switch
        {
            GraphQLException graphQL => new GraphQLError(graphQL.Message, plan.Locations, path, graphQL.Extensions, exception),
            Types.CoercionException coercion => new GraphQLError(
                coercion.Message,
                coercion.Node is { } node ? Locations.ListOf(node) : plan.Locations,
                path,
                exception: exception),
            _ => new GraphQLError(
                _options.IncludeExceptionDetails ? exception.Message : "Unexpected Execution Error",
                plan.Locations,
                path,
                new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedExecutionError },
                exception),
        };
    }

    private static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    continue;
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    continue;
                default:
                    return exception;
            }
        }
    }

    /// <summary>
    /// Records the error, then: in a nullable position the slot becomes null; in a non-null position the
    /// object or list holding the slot becomes null instead (and so on upwards, see <see cref="RemoveNode"/>).
    /// </summary>
    private void RaiseError(GraphQLError error, ResultNode node, int slot, bool nonNull)
    {
        AddError(error);
        if (nonNull)
        {
            RemoveNode(node);
        }
        else
        {
            NullSlot(node, slot);
        }
    }

    /// <summary>
    /// Null propagation: <paramref name="node"/> cannot be completed, so it is replaced by null in its
    /// parent; if its own position is non-null, its parent goes too, up to the nearest nullable position
    /// (or the whole <c>data</c>). Every removed node is marked dead so that work still running inside it is dropped.
    /// </summary>
    private static void RemoveNode(ResultNode node)
    {
        while (true)
        {
            node.IsDead = true;
            var parent = node.Parent;
            if (parent is null)
            {
                return; // the root: data becomes null
            }

            if (!node.NonNullInParent)
            {
                parent.SetSlot(node.ParentIndex, null);
                return;
            }

            node = parent;
        }
    }

    private static void NullSlot(ResultNode node, int slot)
    {
        if (node.GetSlot(slot) is ResultNode child)
        {
            child.IsDead = true;
        }

        node.SetSlot(slot, null);
    }

    private void AddError(GraphQLError error)
    {
        var errors = _errors ??= [];
        if (errors.Count < _options.MaxErrors)
        {
            errors.Add(error);
        }
        else if (!_errorLimitReported)
        {
            _errorLimitReported = true;
            errors.Add(GraphQLError.WithCode(
                $"The response has more than {_options.MaxErrors} errors; later errors are left out.",
                ErrorCodes.MaxErrorsReached));
        }
    }

    private bool IsCancelled(out GraphQLError error)
    {
        if (_request.RequestAborted.IsCancellationRequested)
        {
            error = GraphQLError.WithCode("The request was cancelled.", ErrorCodes.RequestCancelled);
            return true;
        }

        if (IsCancellationRequested)
        {
            error = GraphQLError.WithCode(
                $"The request exceeded the execution timeout of {_options.ExecutionTimeout:c}.",
                ErrorCodes.ExecutionTimeout);
            return true;
        }

        error = null!;
        return false;
    }
}
