using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    /// <summary>
    /// Subscribe (spec 6.2.3): the source stream is created now (its failure is a request error without data);
    /// each event then runs the selection set as a query with the event as root value. A source stream that
    /// fails later ends the response stream with one last result holding that error.
    /// </summary>
    private async ValueTask<object> SubscribeAsync(
        OperationDefinitionNode operation,
        ObjectType rootType,
        SelectionPlan rootPlan,
        IReadOnlyDictionary<string, object?> variables,
        RequestContext context)
    {
        try
        {
            var creator = new OperationRun(Schema, Options, operation, rootType, rootPlan, variables, context, context.RootValue);
            var (stream, error) = await creator.CreateSourceStreamAsync().ConfigureAwait(false);
            if (stream is null)
            {
                return ExecutionResult.FromError(error!);
            }

            var stop = new CancellationTokenSource();
            return new ResponseStream(
                cancellationToken => MapEventsAsync(stream, creator, operation, rootType, rootPlan, variables, context, stop.Token, cancellationToken),
                () =>
                {
                    stop.Cancel();
                    return ValueTask.CompletedTask;
                });
        }
        catch (Exception e)
        {
            return ExecutionResult.FromError(new GraphQLError(
                Options.IncludeExceptionDetails ? e.Message : "Unexpected Execution Error",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedExecutionError },
                exception: e));
        }
    }

    private async IAsyncEnumerable<ExecutionResult> MapEventsAsync(
        IAsyncEnumerable<object?> stream,
        OperationRun creator,
        OperationDefinitionNode operation,
        ObjectType rootType,
        SelectionPlan rootPlan,
        IReadOnlyDictionary<string, object?> variables,
        RequestContext context,
        CancellationToken stopped,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopped, cancellationToken, context.RequestAborted);
        var events = stream.GetAsyncEnumerator(linked.Token);
        try
        {
            while (true)
            {
                ExecutionResult? failure = null;
                bool hasEvent;
                try
                {
                    hasEvent = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception) when (linked.IsCancellationRequested)
                {
                    yield break;
                }
                catch (Exception e)
                {
                    failure = ExecutionResult.FromError(creator.SourceStreamError(e));
                    hasEvent = false;
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                if (!hasEvent)
                {
                    yield break;
                }

                var run = new OperationRun(Schema, Options, operation, rootType, rootPlan, variables, context, events.Current);
                yield return await run.ExecuteAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            await DisposeQuietlyAsync(events).ConfigureAwait(false);
        }
    }

    private static async ValueTask DisposeQuietlyAsync(IAsyncEnumerator<object?> events)
    {
        try
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The stream is over either way; a failing cleanup of the source must not fail the reader.
        }
    }
}
