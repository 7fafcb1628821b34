using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowHub.GraphQL.AspNetCore.Http;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events, distinct connections mode: one HTTP request per operation,
/// answered with <c>text/event-stream</c> — a <c>next</c> event per result (a query, a mutation or
/// a refused request gives exactly one) and a final <c>complete</c> event.
/// </summary>
internal sealed class ServerSentEventsHandler(
    GraphQLRequestRunner runner,
    IOptions<GraphQLServerOptions> options,
    ILogger<ServerSentEventsHandler> logger)
{
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    private readonly TimeSpan _keepAlive = options.Value.ServerSentEventsKeepAlive;

    public async Task HandleAsync(HttpContext context, GraphQLHttpRequest request, AllowedOperations allowed)
    {
        var aborted = context.RequestAborted;
        if (request.Query is null && request.DocumentId is null && request.Extensions?.ContainsKey("persistedQuery") != true)
        {
            await ResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, ResponseKind.Json, TransportErrors.Result("The request has no \"query\".", ServerErrorCodes.InvalidRequest)).ConfigureAwait(false);
            return;
        }

        var outcome = await runner.RunAsync(request, context, allowed, aborted).ConfigureAwait(false);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var body = response.BodyWriter;

        if (outcome.Kind != OutcomeKind.Stream)
        {
            var result = outcome.Result ?? TransportErrors.Result("Mutations cannot be sent with GET; use POST.", ServerErrorCodes.OperationNotAllowed);
            WriteNext(body, result);
            body.Write(Complete);
            await body.FlushAsync(aborted).ConfigureAwait(false);
            return;
        }

        await using var stream = outcome.Stream!;
        using var gate = new SemaphoreSlim(1, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = _keepAlive > TimeSpan.Zero ? KeepAliveAsync(body, gate, stop.Token) : Task.CompletedTask;
        try
        {
            await response.StartAsync(aborted).ConfigureAwait(false);
            await foreach (var result in stream.ReadResultsAsync(aborted).ConfigureAwait(false))
            {
                await gate.WaitAsync(aborted).ConfigureAwait(false);
                try
                {
                    WriteNext(body, result);
                    await body.FlushAsync(aborted).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            }

            await gate.WaitAsync(aborted).ConfigureAwait(false);
            try
            {
                body.Write(Complete);
                await body.FlushAsync(aborted).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how a subscription ends in this mode.
        }
        catch (Exception exception) when (!aborted.IsCancellationRequested)
        {
            logger.LogError(exception, "A subscription stream failed.");
            await StopAsync(stop, keepAlive).ConfigureAwait(false);
            WriteNext(body, TransportErrors.Result("The subscription failed unexpectedly.", ServerErrorCodes.InternalError));
            body.Write(Complete);
            await body.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await StopAsync(stop, keepAlive).ConfigureAwait(false);
        }
    }

    private static async Task StopAsync(CancellationTokenSource stop, Task keepAlive)
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await keepAlive.ConfigureAwait(false);
    }

    private static void WriteNext(PipeWriter body, ExecutionResult result)
    {
        body.Write(NextPrefix);
        ResponseWriter.Write(body, result);
        body.Write(EventEnd);
    }

    private async Task KeepAliveAsync(PipeWriter body, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(_keepAlive);
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    body.Write(KeepAlive);
                    await body.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
