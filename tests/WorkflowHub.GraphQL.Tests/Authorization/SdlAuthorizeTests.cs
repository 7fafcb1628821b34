using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Tests.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Authorization;

public sealed class SdlAuthorizeTests
{
    private static Schema Schema(Action<GraphQL.Sdl.SchemaBuilder>? configure = null) => Run.Sdl("""
        type Query {
          open: String
          secret: String @authorize
          adminOnly: String @authorize(roles: ["admin", "root"])
          report: Report
        }
        type Report @authorize(roles: ["auditor"]) { total: Int }
        """, b =>
    {
        b.AddAuthorizeDirectiveType()
            .AddResolver("Query", "open", _ => "open")
            .AddResolver("Query", "secret", _ => "secret")
            .AddResolver("Query", "adminOnly", _ => "admin")
            .AddResolver("Query", "report", _ => new Dictionary<string, object?> { ["total"] = 3 });
        configure?.Invoke(b);
    });

    private static async Task<JsonObject> RunAsync(Schema schema, string query, RequestContext context) =>
        JsonNode.Parse(await Run.Json(schema, query, context: context))!.AsObject();

    [Fact]
    public async Task Should_null_a_protected_field_for_nobody_with_not_authenticated_and_its_path_and_location_leaving_the_rest()
    {
        var result = await RunAsync(Schema(), "{ open\n  secret }", Signed.Anonymous());

        Assert.Equal("open", result["data"]!["open"]!.GetValue<string>());
        Assert.Null(result["data"]!["secret"]);
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal(ErrorCodes.NotAuthenticated, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("secret", error["path"]![0]!.GetValue<string>());
        Assert.Equal(2, error["locations"]![0]!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_allow_any_signed_in_user_where_no_role_is_named()
    {
        var result = await RunAsync(Schema(), "{ secret }", Signed.As("ann"));

        Assert.Null(result["errors"]);
        Assert.Equal("secret", result["data"]!["secret"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_refuse_a_user_without_one_of_the_roles_with_not_authorized_and_allow_one_with_any()
    {
        var refused = await RunAsync(Schema(), "{ adminOnly }", Signed.As("ann", "grid-worker"));
        var allowed = await RunAsync(Schema(), "{ adminOnly }", Signed.As("bob", "root"));

        Assert.Equal(ErrorCodes.NotAuthorized, refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(refused["data"]!["adminOnly"]);
        Assert.Equal("admin", allowed["data"]!["adminOnly"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_guard_every_field_of_a_type_with_the_directive_on_the_type()
    {
        var refused = await RunAsync(Schema(), "{ report { total } }", Signed.As("ann"));
        var allowed = await RunAsync(Schema(), "{ report { total } }", Signed.As("amy", "auditor"));

        Assert.Equal(["report", "total"], refused["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(refused["data"]!["report"]!["total"]);
        Assert.Equal(3, allowed["data"]!["report"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_refuse_a_policy_when_no_handler_can_decide_it()
    {
        var schema = Run.Sdl("type Query { x: String @authorize(policy: \"night-shift\") }", b => b.AddAuthorizeDirectiveType().AddResolver("Query", "x", _ => "x"));

        var result = await RunAsync(schema, "{ x }", Signed.As("ann", "admin"));

        Assert.Equal(ErrorCodes.NotAuthorized, result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_ask_the_registered_handler_and_wait_for_an_asynchronous_answer()
    {
        var schema = Run.Sdl("type Query { x: String @authorize(policy: \"night-shift\") y: String @authorize(policy: \"day-shift\") }", b => b
            .AddAuthorizeDirectiveType().AddResolver("Query", "x", _ => "x").AddResolver("Query", "y", _ => "y"));
        var services = new HandlerServices(new SlowPolicyHandler("night-shift"));

        var result = await RunAsync(schema, "{ x y }", Signed.As(services, "ann"));

        Assert.Equal("x", result["data"]!["x"]!.GetValue<string>());
        Assert.Null(result["data"]!["y"]);
        Assert.Equal("y", Assert.Single(result["errors"]!.AsArray())!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Should_refuse_the_directive_in_sdl_unless_it_was_declared()
    {
        Assert.Throws<SchemaValidationException>(() => Run.Sdl("type Query { x: String @authorize }"));
    }

    private sealed class SlowPolicyHandler(string allowedPolicy) : IAuthorizationHandler
    {
        public async ValueTask<AuthorizeResult> AuthorizeAsync(GraphQL.Resolvers.IResolverContext context, AuthorizeDirective directive)
        {
            await Task.Delay(5);
            return DefaultAuthorizationHandler.Decide(context.User, directive, directive.Policy == allowedPolicy);
        }
    }

    private sealed class HandlerServices(IAuthorizationHandler handler) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IAuthorizationHandler) ? handler : null;
    }
}
