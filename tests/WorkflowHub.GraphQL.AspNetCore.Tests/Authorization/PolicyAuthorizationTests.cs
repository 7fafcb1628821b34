using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Authorization;

public sealed class PolicyAuthorizationTests
{
    private static Task<GraphQLTestHost> StartAsync() => GraphQLTestHost.StartAsync(graphql =>
    {
        graphql.Services.AddAuthentication(HeaderUser.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderUser>(HeaderUser.SchemeName, null);
        graphql.Services.AddAuthorization(o => o.AddPolicy("night-shift", p => p.RequireClaim("shift", "night")));
        graphql.AddAuthorization()
            .AddDocumentFromString("""extend type Query { nightly: String @authorize(policy: "night-shift") staff: String @authorize(roles: ["staff"]) }""")
            .AddResolver("Query", "nightly", _ => "night work")
            .AddResolver("Query", "staff", _ => "staff only");
    });

    private static async Task<JsonObject> PostAsync(GraphQLTestHost host, string query, string? shift = null, string? role = null)
    {
        using var client = host.CreateClient();
        if (shift is not null) client.DefaultRequestHeaders.Add("X-Shift", shift);
        if (role is not null) client.DefaultRequestHeaders.Add("X-Role", role);
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static string? Code(JsonObject result) => result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task Should_decide_a_policy_with_aspnet_core_authorization_and_roles_from_role_claims()
    {
        await using var host = await StartAsync();

        var anonymous = await PostAsync(host, "{ hello nightly }");
        var dayShift = await PostAsync(host, "{ nightly }", shift: "day");
        var nightShift = await PostAsync(host, "{ nightly }", shift: "night");
        var staff = await PostAsync(host, "{ staff }", shift: "day", role: "staff");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(anonymous));
        Assert.Equal("Hello world", anonymous["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(dayShift));
        Assert.Equal("night work", nightShift["data"]!["nightly"]!.GetValue<string>());
        Assert.Equal("staff only", staff["data"]!["staff"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_declare_the_directive_in_the_served_schema()
    {
        await using var host = await StartAsync();
        using var client = host.CreateClient();

        var sdl = await client.GetStringAsync("/graphql?sdl");

        Assert.Contains("directive @authorize(policy: String, roles: [String!]) repeatable on OBJECT | FIELD_DEFINITION", sdl);
    }

    private sealed class HeaderUser(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Header";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue("X-Shift", out var shift)) return Task.FromResult(AuthenticateResult.NoResult());
            var claims = new List<Claim> { new(ClaimTypes.Name, "someone"), new("shift", shift.ToString()) };
            if (Request.Headers.TryGetValue("X-Role", out var role)) claims.Add(new Claim(ClaimTypes.Role, role.ToString()));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName)));
        }
    }
}
