using System.Buffers;
using Microsoft.AspNetCore.Http;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

// POST: JSON bodies, single or batched, and event streams.
internal sealed partial class GraphQLHttpHandler
{
    private async Task PostAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJsonContentType(request.ContentType))
        {
            await WriteErrorAsync(
                context,
                StatusCodes.Status415UnsupportedMediaType,
                ResponseKind.Json,
                "Send the request as application/json (charset utf-8).",
                ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        var accept = request.Headers.Accept;
        var kind = AcceptNegotiation.Negotiate(accept);
        if (kind == ResponseKind.EventStream && _options.EnableServerSentEvents)
        {
            await PostEventStreamAsync(context).ConfigureAwait(false);
            return;
        }

        kind = JsonKind(kind, accept);
        if (kind == ResponseKind.None)
        {
            await NotAcceptable(context).ConfigureAwait(false);
            return;
        }

        ReadOnlySequence<byte> body;
        try
        {
            body = await BodyReader.ReadAllAsync(request, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BodyReader.TooLargeException tooLarge)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, kind, tooLarge.Message, ServerErrorCodes.DocumentTooLarge).ConfigureAwait(false);
            return;
        }

        List<GraphQLHttpRequest> requests;
        bool isBatch;
        try
        {
            requests = RequestBodyParser.Parse(body, _options.EnableBatching, _options.MaxBatchSize, out isBatch);
        }
        catch (InvalidRequestException invalid)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }
        finally
        {
            request.BodyReader.AdvanceTo(body.End);
        }

        if (isBatch)
        {
            await RunBatchAsync(context, kind, requests).ConfigureAwait(false);
            return;
        }

        var single = requests[0];
        if (single.Query is null && single.DocumentId is null && !HasPersistedQuery(single))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, "The request has no \"query\": expected {\"query\": \"...\"}.", ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        var outcome = await _runner.RunAsync(single, context, AllowedOperations.QueryAndMutation, context.RequestAborted).ConfigureAwait(false);
        if (outcome.Kind == OutcomeKind.OperationNotAllowed)
        {
            await WriteErrorAsync(
                context,
                RequestErrorStatus(kind),
                kind,
                "Subscriptions need a streaming transport: send Accept: text/event-stream, or use a WebSocket (graphql-transport-ws).",
                ServerErrorCodes.OperationNotAllowed).ConfigureAwait(false);
            return;
        }

        await WriteOutcomeAsync(context, kind, outcome).ConfigureAwait(false);
    }

    private async Task PostEventStreamAsync(HttpContext context)
    {
        GraphQLHttpRequest parsed;
        var request = context.Request;
        ReadOnlySequence<byte> body = default;
        try
        {
            body = await BodyReader.ReadAllAsync(request, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
            parsed = RequestBodyParser.Parse(body, false, 1, out _)[0];
        }
        catch (BodyReader.TooLargeException tooLarge)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, ResponseKind.Json, tooLarge.Message, ServerErrorCodes.DocumentTooLarge).ConfigureAwait(false);
            return;
        }
        catch (InvalidRequestException invalid)
        {
            request.BodyReader.AdvanceTo(body.End);
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, ResponseKind.Json, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        request.BodyReader.AdvanceTo(body.End);
        await _serverSentEvents.HandleAsync(context, parsed, AllowedOperations.All).ConfigureAwait(false);
    }

    private async Task RunBatchAsync(HttpContext context, ResponseKind kind, List<GraphQLHttpRequest> requests)
    {
        var results = new ExecutionResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var outcome = await _runner.RunAsync(requests[i], context, AllowedOperations.QueryAndMutation, context.RequestAborted).ConfigureAwait(false);
            results[i] = outcome.Kind switch
            {
                OutcomeKind.Stream => await DisposeAndRefuse(outcome.Stream!).ConfigureAwait(false),
                OutcomeKind.OperationNotAllowed => TransportErrors.Result("Subscriptions cannot be batched.", ServerErrorCodes.OperationNotAllowed),
                _ => outcome.Result!,
            };
        }

        await ResponseWriter.WriteBatchAsync(context, kind, results).ConfigureAwait(false);
    }

    private static async ValueTask<ExecutionResult> DisposeAndRefuse(ResponseStream stream)
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        return TransportErrors.Result("Subscriptions cannot be batched.", ServerErrorCodes.OperationNotAllowed);
    }
}
