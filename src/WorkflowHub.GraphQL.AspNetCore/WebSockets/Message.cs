using System.Text.Json;
using WorkflowHub.GraphQL.AspNetCore.Http;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore.WebSockets;

/// <summary>A client message of the graphql-transport-ws protocol, checked for the fields its type requires.</summary>
internal sealed class Message
{
    public required string Type { get; init; }

    public string? Id { get; init; }

    /// <summary>Plain JSON value of <c>payload</c> (connection_init, ping, pong).</summary>
    public object? Payload { get; init; }

    /// <summary>The request of a <c>subscribe</c> message.</summary>
    public GraphQLHttpRequest? Request { get; init; }

    public static Message Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 128 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            throw new InvalidRequestException("Invalid message received");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var typeElement)
                || typeElement.ValueKind != JsonValueKind.String)
            {
                throw new InvalidRequestException("Invalid message received");
            }

            var type = typeElement.GetString()!;
            var hasPayload = root.TryGetProperty("payload", out var payload) && payload.ValueKind != JsonValueKind.Null;
            switch (type)
            {
                case "connection_init":
                case "ping":
                case "pong":
                    if (hasPayload && payload.ValueKind != JsonValueKind.Object)
                    {
                        throw new InvalidRequestException($"Invalid message received: \"{type}\" payload must be an object");
                    }

                    return new Message { Type = type, Payload = hasPayload ? PlainJson.FromElement(payload) : null };
                case "subscribe":
                    var id = RequireId(root, type);
                    if (!hasPayload)
                    {
                        throw new InvalidRequestException("Invalid message received: \"subscribe\" needs a payload");
                    }

                    var request = RequestBodyParser.FromElement(payload);
                    if (request.Query is null && request.DocumentId is null && request.Extensions?.ContainsKey("persistedQuery") != true)
                    {
                        throw new InvalidRequestException("Invalid message received: \"subscribe\" payload needs a query");
                    }

                    return new Message { Type = type, Id = id, Request = request };
                case "complete":
                    return new Message { Type = type, Id = RequireId(root, type) };
                default:
                    // Server-to-client types (connection_ack, next, error) and unknown types alike.
                    throw new InvalidRequestException($"Invalid message received: unexpected type \"{Shorten(type)}\"");
            }
        }
    }

    private static string RequireId(JsonElement root, string type)
    {
        if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 } text)
        {
            throw new InvalidRequestException($"Invalid message received: \"{type}\" needs an id");
        }

        return text;
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] : text;
}
