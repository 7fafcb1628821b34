namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>The body or the query string is not a GraphQL request (answered with 400).</summary>
internal sealed class InvalidRequestException(string message) : Exception(message);
