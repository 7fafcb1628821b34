namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>Entries the transport puts into an operation's <c>contextData</c> before <see cref="IHttpRequestInterceptor"/>s run.</summary>
public static class ContextDataKeys
{
    /// <summary>The <c>HttpContext</c> of the request (for a WebSocket, of its upgrade request).</summary>
    public const string HttpContext = nameof(Microsoft.AspNetCore.Http.HttpContext);

    /// <summary>The parsed and validated operation about to run (an <c>OperationDefinitionNode</c>), so interceptors can judge it by its type and root fields.</summary>
    public const string Operation = "WorkflowHub.Operation";

    /// <summary>The whole parsed document (a <c>DocumentNode</c>), where the operation's fragments are defined.</summary>
    public const string Document = "WorkflowHub.Document";
}
