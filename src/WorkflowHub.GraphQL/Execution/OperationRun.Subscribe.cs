using WorkflowHub.GraphQL.Execution.Results;
using WorkflowHub.GraphQL.Execution.Scheduling;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Execution;

internal sealed partial class OperationRun
{
    /// <summary>
    /// The spec's CreateSourceEventStream: coerces the root field's arguments and asks its subscriber for
    /// the event stream (without a subscriber, the root value's same-named member must be the stream, as in
    /// graphql-js). Failures come back as a located error with the root field's path.
    /// </summary>
    public async ValueTask<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceStreamAsync()
    {
        if (_rootPlan.Fields.Length == 0)
        {
            return (null, new GraphQLError("The subscription selects no field.", Locations.ListOf(Operation)));
        }

        var plan = _rootPlan.Fields[0];
        IReadOnlyList<object> path = [plan.ResponseKey];
        try
        {
            var arguments = plan.CoerceArguments(Variables);
            var context = new FieldContext(this, _rootType, plan, _rootValue, arguments, null, 0);
            if (plan.Authorization is { } directives && await Authorization.FieldAuthorization.CheckAsync(directives, context).ConfigureAwait(false) is var check
                && check != Authorization.AuthorizeResult.Allowed)
            {
                return (null, ToError(new Authorization.AuthorizationException(check), plan, path));
            }

            object? source;
            if (plan.Field.Subscriber is { } subscriber)
            {
                source = await subscriber(context).ConfigureAwait(false);
            }
            else
            {
                source = DefaultFieldResolver.Resolve(_rootValue, plan.Field.Name);
                if (Awaitables.IsAwaitable(source))
                {
                    source = await Awaitables.ToValueTask(source!).ConfigureAwait(false);
                }
            }

            if (source is Exception failure)
            {
                return (null, ToError(failure, plan, path));
            }

            if (AsyncStreams.TryAdapt(source, out var stream))
            {
                return (stream, null);
            }

            return (null, new GraphQLError($"Subscription field must return Async Iterable. Received: {Inspect.Format(source)}.", plan.Locations, path));
        }
        catch (Exception e)
        {
            return (null, ToError(e, plan, path));
        }
    }

    /// <summary>An error of the source stream itself (it failed while producing events): ends the response stream.</summary>
    public GraphQLError SourceStreamError(Exception exception)
    {
        var plan = _rootPlan.Fields[0];
        return ToError(exception, plan, [plan.ResponseKey]);
    }
}
