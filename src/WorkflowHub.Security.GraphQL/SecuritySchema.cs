using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.Security.GraphQL;

/// <summary>The sign-in part of the GraphQL schema.</summary>
public static class SecuritySchema
{
    public static SchemaBuilder AddSecurityTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<SecurityQueries>()
        .AddTypeExtension<SecurityMutations>()
        .OnCreated(Access.AccessRules.Apply);

    public static IServiceCollection AddSecurityGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<SessionCookie>();
        return services;
    }
}
