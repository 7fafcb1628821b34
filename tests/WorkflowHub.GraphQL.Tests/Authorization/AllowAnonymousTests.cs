using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Tests.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Authorization;

public sealed class AllowAnonymousTests
{
    [Authorize("staff")]
    [QueryType]
    public sealed class StaffQueries
    {
        public string? Roster() => "roster";

        [AllowAnonymous]
        public string OpeningHours() => "9-18";
    }

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddTypeExtension<StaffQueries>()
        .AddQueryType(d =>
        {
            d.Field("notice").Type("String").Resolve(_ => "notice").AllowAnonymous();
            d.Field("secret").Type("String").Resolve(_ => "secret");
        })
        .OnCreated(schema => schema.QueryType!.Fields["secret"].Authorization.Add(new AuthorizeDirective(Roles: ["keeper"])))
        .Create();

    private static async Task<JsonObject> RunAsync(string query, RequestContext context) =>
        JsonNode.Parse(await Run.Json(Schema, query, context: context))!.AsObject();

    [Fact]
    public async Task Should_resolve_a_field_declared_public_for_anyone_while_its_class_asks_for_a_role()
    {
        var anonymous = await RunAsync("{ openingHours notice roster }", Signed.Anonymous());

        Assert.Equal("9-18", anonymous["data"]!["openingHours"]!.GetValue<string>());
        Assert.Equal("notice", anonymous["data"]!["notice"]!.GetValue<string>());
        Assert.Null(anonymous["data"]!["roster"]);
        Assert.Equal(["roster"], anonymous["errors"]!.AsArray().Select(e => e!["path"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_apply_rules_put_on_fields_once_the_schema_is_built()
    {
        var refused = await RunAsync("{ secret }", Signed.As("ann", "staff"));
        var allowed = await RunAsync("{ secret }", Signed.As("kim", "keeper"));

        Assert.Equal(ErrorCodes.NotAuthorized, refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("secret", allowed["data"]!["secret"]!.GetValue<string>());
    }
}
