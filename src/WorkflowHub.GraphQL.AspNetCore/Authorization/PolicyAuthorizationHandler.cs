using Microsoft.AspNetCore.Authorization;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.Resolvers;
using FieldAuthorizationHandler = WorkflowHub.GraphQL.Authorization.IAuthorizationHandler;

namespace WorkflowHub.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Decides <c>@authorize</c> with ASP.NET Core authorization: roles from the user's role claims, policies
/// by <see cref="IAuthorizationService"/> with the resolver context as the resource. An unknown policy refuses.
/// </summary>
internal sealed class PolicyAuthorizationHandler(IAuthorizationService authorization, IAuthorizationPolicyProvider policies) : FieldAuthorizationHandler
{
    public async ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true || directive.Policy is null)
        {
            return DefaultAuthorizationHandler.Decide(user, directive, policyMet: true);
        }

        var policy = await policies.GetPolicyAsync(directive.Policy).ConfigureAwait(false);
        var met = policy is not null && (await authorization.AuthorizeAsync(user, context, policy).ConfigureAwait(false)).Succeeded;
        return DefaultAuthorizationHandler.Decide(user, directive, met);
    }
}
