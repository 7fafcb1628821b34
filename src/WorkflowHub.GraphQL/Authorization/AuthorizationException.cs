using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.Authorization;

/// <summary>A field refused by its <c>@authorize</c> requirements; the executor adds its path and locations and nulls it.</summary>
public sealed class AuthorizationException(AuthorizeResult result) : GraphQLException(
    result == AuthorizeResult.NotAuthenticated
        ? "The current user is not authenticated: sign in to access this resource."
        : "The current user is not authorized to access this resource.",
    result == AuthorizeResult.NotAuthenticated ? ErrorCodes.NotAuthenticated : ErrorCodes.NotAuthorized)
{
    public AuthorizeResult Result { get; } = result;
}
