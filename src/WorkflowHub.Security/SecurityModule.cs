using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Audit;
using WorkflowHub.Security.Authentication;
using WorkflowHub.Security.Persistence;
using WorkflowHub.Security.RateLimiting;
using WorkflowHub.Security.Residents;
using WorkflowHub.Security.Startup;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security;

public static class SecurityModule
{
    /// <summary>
    /// Accounts, tokens, API keys and residents' sign-in on the WorkflowHub database, the <c>WorkflowHub</c> authentication
    /// scheme as the default, per-request roles and <see cref="ICurrentActor"/>. Register after the schema migrator's start-up work.
    /// </summary>
    public static IServiceCollection AddWorkflowHubSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection("WorkflowHub:Auth"));
        services.AddSingleton<IModelContribution, SecurityModel>();
        foreach (var step in SecuritySchemaStep.All()) services.AddSingleton<ISchemaContribution>(step);
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddSingleton<SigningKeyring>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<ResidentSignIn>();
        services.AddSingleton<FirstAdmin>();
        services.AddSingleton<AuditLog>();
        services.AddHostedService<SecurityStartup>();
        services.AddSingleton<SigningKeyRefresh>();
        services.AddHostedService(sp => sp.GetRequiredService<SigningKeyRefresh>());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor>(CurrentActor.FromRequest);
        services.AddTransient<IClaimsTransformation, RoleClaimsTransformation>();
        services.AddAuthentication(WorkflowHubAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, WorkflowHubAuthenticationHandler>(WorkflowHubAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddWorkflowHubRateLimits(configuration);
        return services;
    }
}
