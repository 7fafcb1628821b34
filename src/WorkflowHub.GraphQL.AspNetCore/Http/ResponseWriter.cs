using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>Writes results with <see cref="Utf8JsonWriter"/> straight into the response body's pipe.</summary>
internal static class ResponseWriter
{
    public const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string ContentType(ResponseKind kind) => kind == ResponseKind.GraphQLResponseJson ? GraphQLResponseJson : Json;

    public static Task WriteAsync(HttpContext context, int statusCode, ResponseKind kind, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType(kind);
        Write(response.BodyWriter, result);
        return Flush(response.BodyWriter, context.RequestAborted);
    }

    public static Task WriteBatchAsync(HttpContext context, ResponseKind kind, IReadOnlyList<ExecutionResult> results)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType(kind);
        var writer = Rent(response.BodyWriter);
        writer.WriteStartArray();
        foreach (var result in results)
        {
            ResultJson.Write(writer, result);
        }

        writer.WriteEndArray();
        writer.Flush();
        return Flush(response.BodyWriter, context.RequestAborted);
    }

    /// <summary>Writes one result as JSON into <paramref name="output"/> (no flush to the network).</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        var writer = Rent(output);
        ResultJson.Write(writer, result);
        writer.Flush();
    }

    private static Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            t_writer = writer;
        }
        else
        {
            writer.Reset(output);
        }

        return writer;
    }

    private static Task Flush(System.IO.Pipelines.PipeWriter writer, CancellationToken cancellationToken)
    {
        var flush = writer.FlushAsync(cancellationToken);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }
}
