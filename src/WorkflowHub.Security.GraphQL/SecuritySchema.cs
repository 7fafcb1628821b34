using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.GraphQL.AspNetCore;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.Security.GraphQL.Protection;

namespace WorkflowHub.Security.GraphQL;

/// <summary>The sign-in part of the GraphQL schema.</summary>
public static class SecuritySchema
{
    public static SchemaBuilder AddSecurityTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<SecurityQueries>()
        .AddTypeExtension<SecurityMutations>()
        .AddTypeExtension<KeyRotationQueries>()
        .AddTypeExtension<KeyRotationMutations>()
        .OnCreated(Access.AccessRules.Apply);

    public static IServiceCollection AddSecurityGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<SessionCookie>();
        services.AddSingleton<IHttpRequestInterceptor, CookieMutationGuard>();
        services.AddSingleton<IHttpRequestInterceptor, SignInThrottle>();
        return services;
    }
}
