using Microsoft.AspNetCore.Http;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

// GET: the schema as SDL, GraphiQL, event streams, and queries from the query string.
internal sealed partial class GraphQLHttpHandler
{
    private async Task GetAsync(HttpContext context)
    {
        var request = context.Request;
        var query = request.Query;
        if (_options.EnableSchemaRequests && query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(context).ConfigureAwait(false);
            return;
        }

        // The same URL answers HTML, JSON or an event stream depending on Accept.
        context.Response.Headers.Vary = "Accept";
        var accept = request.Headers.Accept;
        var kind = AcceptNegotiation.Negotiate(accept);
        var hasOperation = query.ContainsKey("query") || query.ContainsKey("documentId");
        if (kind == ResponseKind.Html && _options.EnableGraphiQL && !hasOperation)
        {
            await _graphiQL.WriteIndexAsync(context).ConfigureAwait(false);
            return;
        }

        if (kind == ResponseKind.EventStream && _options.EnableServerSentEvents)
        {
            GraphQLHttpRequest sseRequest;
            try
            {
                sseRequest = QueryStringParser.Parse(query);
            }
            catch (InvalidRequestException invalid)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, ResponseKind.Json, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
                return;
            }

            // GET must not change anything, whatever the response format.
            await _serverSentEvents.HandleAsync(context, sseRequest, AllowedOperations.Query | AllowedOperations.Subscription).ConfigureAwait(false);
            return;
        }

        if (!_options.EnableGetRequests)
        {
            await MethodNotAllowed(context, "POST").ConfigureAwait(false);
            return;
        }

        kind = JsonKind(kind, accept);
        if (kind == ResponseKind.None)
        {
            await NotAcceptable(context).ConfigureAwait(false);
            return;
        }

        GraphQLHttpRequest parsed;
        try
        {
            parsed = QueryStringParser.Parse(query);
        }
        catch (InvalidRequestException invalid)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        if (parsed.Query is null && parsed.DocumentId is null && !HasPersistedQuery(parsed))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, "The request has no \"query\" parameter.", ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        var outcome = await _runner.RunAsync(parsed, context, AllowedOperations.Query, context.RequestAborted).ConfigureAwait(false);
        if (outcome.Kind == OutcomeKind.OperationNotAllowed)
        {
            // GET must not change anything: mutations (and subscriptions) are refused before execution.
            context.Response.Headers.Allow = "POST";
            var message = outcome.Operation == OperationType.Mutation
                ? "Mutations cannot be sent with GET; use POST."
                : "Subscriptions cannot be sent with GET as a plain request; use POST with Accept: text/event-stream, or a WebSocket.";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, kind, message, ServerErrorCodes.OperationNotAllowed).ConfigureAwait(false);
            return;
        }

        await WriteOutcomeAsync(context, kind, outcome).ConfigureAwait(false);
    }
}
