using System.Buffers;
using System.Text.Json;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore.WebSockets;

/// <summary>Server messages of the graphql-transport-ws protocol as UTF-8 JSON.</summary>
internal static class Messages
{
    public static readonly byte[] ConnectionAck = """{"type":"connection_ack"}"""u8.ToArray();
    private static readonly byte[] PongEmpty = """{"type":"pong"}"""u8.ToArray();
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Pong(object? payload)
    {
        if (payload is null)
        {
            return PongEmpty;
        }

        return Build(null, "pong", writer => JsonSerializer.Serialize(writer, payload));
    }

    public static byte[] Next(string id, ExecutionResult result) =>
        Build(id, "next", writer => ResultJson.Write(writer, result));

    /// <summary>The <c>error</c> message: its payload is the list of errors, as a result's <c>errors</c> entry holds them.</summary>
    public static byte[] Error(string id, IReadOnlyList<GraphQLError> errors) =>
        Build(id, "error", writer => ResultJson.WriteErrors(writer, errors));

    public static byte[] Complete(string id) => Build(id, "complete", null);

    private static byte[] Build(string? id, string type, Action<Utf8JsonWriter>? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                payload(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
