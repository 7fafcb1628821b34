namespace WorkflowHub.GraphQL.Execution;

/// <summary>Values of <c>extensions.code</c> this library puts on errors.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string IntrospectionNotAllowed = "INTROSPECTION_NOT_ALLOWED";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    /// <summary>A field the signed-in user may not read or run (<c>@authorize</c>).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    /// <summary>A field behind <c>@authorize</c> asked for by nobody signed in.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string UnexpectedExecutionError = "UNEXPECTED_EXECUTION_ERROR";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string RequestCancelled = "REQUEST_CANCELLED";
    public const string MaxErrorsReached = "MAX_ERRORS_REACHED";
}
