using Microsoft.Extensions.Primitives;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>
/// Picks the response media type. The highest quality wins; on a tie
/// <c>application/graphql-response+json</c> beats <c>application/json</c>. Wildcards
/// (<c>*/*</c>, <c>application/*</c>) mean <c>application/json</c>, as the GraphQL over HTTP spec
/// asks for clients that predate the new media type; no header at all means the same.
/// A media range with a <c>charset</c> other than utf-8 does not match.
/// </summary>
internal static class AcceptNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string Html = "text/html";

    public static ResponseKind Negotiate(StringValues accept)
    {
        if (accept.Count == 0)
        {
            return ResponseKind.Json;
        }

        // Fast paths for what GraphQL clients send most.
        if (accept.Count == 1)
        {
            var single = accept[0];
            if (string.IsNullOrWhiteSpace(single) || single == Json)
            {
                return ResponseKind.Json;
            }

            if (single == GraphQLResponseJson)
            {
                return ResponseKind.GraphQLResponseJson;
            }
        }

        var best = ResponseKind.None;
        var bestQuality = 0.0;
        foreach (var header in accept)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var range in header.Split(','))
            {
                var (kind, quality) = Classify(range.AsSpan());
                if (kind == ResponseKind.None || quality <= 0)
                {
                    continue;
                }

                if (quality > bestQuality || (quality == bestQuality && Rank(kind) < Rank(best)))
                {
                    best = kind;
                    bestQuality = quality;
                }
            }
        }

        return best;
    }

    /// <summary>Whether the header lists <paramref name="mediaType"/> itself (not through a wildcard) with a non-zero quality.</summary>
    public static bool ListsExplicitly(StringValues accept, ResponseKind mediaType)
    {
        foreach (var header in accept)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var range in header.Split(','))
            {
                var (kind, quality) = Classify(range.AsSpan());
                if (kind == mediaType && quality > 0 && !IsWildcard(range))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsWildcard(string range) => range.Contains('*');

    private static int Rank(ResponseKind kind) => kind switch
    {
        ResponseKind.GraphQLResponseJson => 0,
        ResponseKind.Json => 1,
        ResponseKind.EventStream => 2,
        ResponseKind.Html => 3,
        _ => 4,
    };

    private static (ResponseKind Kind, double Quality) Classify(ReadOnlySpan<char> range)
    {
        var semicolon = range.IndexOf(';');
        var mediaType = (semicolon < 0 ? range : range[..semicolon]).Trim();
        var parameters = semicolon < 0 ? ReadOnlySpan<char>.Empty : range[(semicolon + 1)..];

        var quality = 1.0;
        var charsetOk = true;
        while (!parameters.IsEmpty)
        {
            var next = parameters.IndexOf(';');
            var parameter = (next < 0 ? parameters : parameters[..next]).Trim();
            parameters = next < 0 ? ReadOnlySpan<char>.Empty : parameters[(next + 1)..];
            var equals = parameter.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            var name = parameter[..equals].Trim();
            var value = parameter[(equals + 1)..].Trim().Trim('"');
            if (name.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out quality))
                {
                    quality = 0;
                }
            }
            else if (name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charsetOk = value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (!charsetOk)
        {
            return (ResponseKind.None, 0);
        }

        var kind = mediaType switch
        {
            _ when mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) => ResponseKind.GraphQLResponseJson,
            _ when mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) => ResponseKind.Json,
            _ when mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) => ResponseKind.Json,
            _ when mediaType.Equals("*/*", StringComparison.Ordinal) => ResponseKind.Json,
            _ when mediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) => ResponseKind.EventStream,
            _ when mediaType.Equals(Html, StringComparison.OrdinalIgnoreCase) => ResponseKind.Html,
            _ => ResponseKind.None,
        };
        return (kind, quality);
    }
}
