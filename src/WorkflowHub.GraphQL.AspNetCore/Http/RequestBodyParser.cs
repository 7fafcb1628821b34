using System.Buffers;
using System.Text.Json;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>Reads a JSON request body (one object, or an array of objects when batching) without building a DOM for it.</summary>
internal static class RequestBodyParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 128 };

    /// <summary>Parses the body; a batch gives more than one request, <paramref name="isBatch"/> tells an array from a lone object.</summary>
    public static List<GraphQLHttpRequest> Parse(ReadOnlySequence<byte> body, bool allowBatch, int maxBatchSize, out bool isBatch)
    {
        isBatch = false;
        if (body.IsEmpty)
        {
            throw new InvalidRequestException("The request body is empty: expected a JSON object with a \"query\" or \"documentId\".");
        }

        // The reader checks JSON syntax but not the UTF-8 inside strings, which would only fail when a string is read.
        if (!IsUtf8(body))
        {
            throw new InvalidRequestException("The request body is not valid UTF-8.");
        }

        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            if (!reader.Read())
            {
                throw new InvalidRequestException("The request body is empty: expected a JSON object.");
            }

            var requests = new List<GraphQLHttpRequest>(1);
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                if (!allowBatch)
                {
                    throw new InvalidRequestException("Batched requests (a JSON array body) are not enabled on this endpoint.");
                }

                isBatch = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (requests.Count == maxBatchSize)
                    {
                        throw new InvalidRequestException($"A batch may hold at most {maxBatchSize} requests.");
                    }

                    requests.Add(ReadRequestObject(ref reader));
                }

                if (requests.Count == 0)
                {
                    throw new InvalidRequestException("The batch is empty.");
                }
            }
            else
            {
                requests.Add(ReadRequestObject(ref reader));
            }

            if (reader.Read())
            {
                throw new InvalidRequestException("The request body holds more than one JSON value.");
            }

            return requests;
        }
        catch (JsonException exception)
        {
            throw new InvalidRequestException("The request body is not valid JSON: " + exception.Message);
        }
    }

    private static bool IsUtf8(ReadOnlySequence<byte> body) =>
        body.IsSingleSegment ? System.Text.Unicode.Utf8.IsValid(body.FirstSpan) : System.Text.Unicode.Utf8.IsValid(body.ToArray());

    private static GraphQLHttpRequest ReadRequestObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidRequestException("A GraphQL request must be a JSON object, not " + Describe(reader.TokenType) + ".");
        }

        var request = new GraphQLHttpRequest();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                request.Query = ReadString(ref reader, "query");
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                reader.Read();
                request.OperationName = ReadString(ref reader, "operationName");
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                reader.Read();
                request.Variables = ReadMap(ref reader, "variables");
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                request.Extensions = ReadMap(ref reader, "extensions");
            }
            else if (reader.ValueTextEquals("documentId"u8))
            {
                reader.Read();
                request.DocumentId = ReadString(ref reader, "documentId");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return request;
    }

    /// <summary>Parses a JSON text that must be an object or null (GET's <c>variables</c> and <c>extensions</c>).</summary>
    public static IReadOnlyDictionary<string, object?>? ParseMap(byte[] json, string name)
    {
        try
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            if (!reader.Read())
            {
                return null;
            }

            var map = ReadMap(ref reader, name);
            if (reader.Read())
            {
                throw new InvalidRequestException($"\"{name}\" holds more than one JSON value.");
            }

            return map;
        }
        catch (JsonException exception)
        {
            throw new InvalidRequestException($"\"{name}\" is not valid JSON: " + exception.Message);
        }
    }

    /// <summary>Reads a request object that is already part of a parsed message (a WebSocket <c>subscribe</c> payload).</summary>
    public static GraphQLHttpRequest FromElement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException("The payload must be a JSON object.");
        }

        var request = new GraphQLHttpRequest();
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    request.Query = ElementString(value, "query");
                    break;
                case "operationName":
                    request.OperationName = ElementString(value, "operationName");
                    break;
                case "documentId":
                    request.DocumentId = ElementString(value, "documentId");
                    break;
                case "variables":
                    request.Variables = ElementMap(value, "variables");
                    break;
                case "extensions":
                    request.Extensions = ElementMap(value, "extensions");
                    break;
            }
        }

        return request;
    }

    private static string? ElementString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new InvalidRequestException($"\"{name}\" must be a string."),
    };

    private static IReadOnlyDictionary<string, object?>? ElementMap(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>?)PlainJson.FromElement(value),
        JsonValueKind.Null => null,
        _ => throw new InvalidRequestException($"\"{name}\" must be a JSON object (a map)."),
    };

    private static string? ReadString(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new InvalidRequestException($"\"{name}\" must be a string, not {Describe(reader.TokenType)}."),
    };

    private static IReadOnlyDictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject:
                return (IReadOnlyDictionary<string, object?>?)PlainJson.Read(ref reader);
            default:
                throw new InvalidRequestException($"\"{name}\" must be a JSON object (a map), not {Describe(reader.TokenType)}.");
        }
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a " + token,
    };
}
