using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.Authorization;

public enum AuthorizeResult
{
    Allowed,
    /// <summary>Nobody is signed in (<c>AUTH_NOT_AUTHENTICATED</c>).</summary>
    NotAuthenticated,
    /// <summary>Someone is signed in but may not (<c>AUTH_NOT_AUTHORIZED</c>).</summary>
    NotAllowed,
}

/// <summary>
/// Decides one <see cref="AuthorizeDirective"/> for the field about to be resolved. The executor takes it
/// from the request's services; without one, <see cref="DefaultAuthorizationHandler"/> decides.
/// </summary>
public interface IAuthorizationHandler
{
    ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive);
}

/// <summary>
/// Roles only: the user must be signed in and hold one of the roles. A policy cannot be decided here,
/// so a directive naming one is refused (secure by default); the ASP.NET Core package decides policies.
/// </summary>
public sealed class DefaultAuthorizationHandler : IAuthorizationHandler
{
    public static readonly DefaultAuthorizationHandler Instance = new();

    public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive) =>
        new(Decide(context.User, directive, policyMet: directive.Policy is null));

    /// <summary>The part every handler shares: authenticated, then roles, then the policy's answer.</summary>
    public static AuthorizeResult Decide(System.Security.Claims.ClaimsPrincipal? user, AuthorizeDirective directive, bool policyMet)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return AuthorizeResult.NotAuthenticated;
        }

        if (directive.Roles is { Count: > 0 } roles && !roles.Any(user.IsInRole))
        {
            return AuthorizeResult.NotAllowed;
        }

        return policyMet ? AuthorizeResult.Allowed : AuthorizeResult.NotAllowed;
    }
}
