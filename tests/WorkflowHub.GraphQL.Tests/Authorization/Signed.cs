using System.Security.Claims;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.Tests.Authorization;

/// <summary>Request contexts for nobody, a signed-in user and a user with roles.</summary>
internal static class Signed
{
    public static RequestContext Anonymous(IServiceProvider? services = null) => new() { Services = services ?? EmptyServices.Instance };

    public static RequestContext As(string name, params string[] roles) => As(null, name, roles);

    public static RequestContext As(IServiceProvider? services, string name, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new RequestContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")), Services = services ?? EmptyServices.Instance };
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
