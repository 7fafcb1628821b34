namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> values this transport layer produces.</summary>
public static class ServerErrorCodes
{
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string BatchingNotAllowed = "BATCHING_NOT_ALLOWED";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
