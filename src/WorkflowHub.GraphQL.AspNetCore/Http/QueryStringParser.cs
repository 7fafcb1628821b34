using System.Text;
using Microsoft.AspNetCore.Http;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>Reads a GET request's parameters: <c>query</c>, <c>operationName</c>, <c>documentId</c> and JSON-encoded <c>variables</c>/<c>extensions</c>.</summary>
internal static class QueryStringParser
{
    public static GraphQLHttpRequest Parse(IQueryCollection query)
    {
        var request = new GraphQLHttpRequest
        {
            Query = Single(query, "query"),
            OperationName = Single(query, "operationName"),
            DocumentId = Single(query, "documentId"),
            Variables = Map(query, "variables"),
            Extensions = Map(query, "extensions"),
        };
        return request;
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw new InvalidRequestException($"The query string holds \"{name}\" more than once.");
        }

        return values[0];
    }

    private static IReadOnlyDictionary<string, object?>? Map(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return RequestBodyParser.ParseMap(Encoding.UTF8.GetBytes(text), name);
    }
}
