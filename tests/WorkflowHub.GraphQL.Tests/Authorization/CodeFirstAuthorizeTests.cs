using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Tests.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Authorization;

public sealed class CodeFirstAuthorizeTests
{
    /// <summary>Counts what the resolvers did, so a test can tell that a refused mutation did nothing.</summary>
    public sealed class Ledger
    {
        public int Published;
    }

    [QueryType]
    public sealed class Queries
    {
        public string Hello() => "hello";

        [Authorize]
        public Salary? MySalary() => new(1000, "bank");

        public Salary PublicSalary() => new(2000, "cash");

        public Audit Audit() => new(7);
    }

    public sealed record Salary(int Amount, [property: Authorize("payroll")] string? Account);

    [Authorize("auditor")]
    public sealed record Audit(int Entries);

    [MutationType]
    public sealed class Mutations
    {
        [Authorize("workflow-admin")]
        public int Publish([Service] Ledger ledger) => ++ledger.Published;

        [Authorize(Policy = "never")]
        public int Forbidden([Service] Ledger ledger) => ++ledger.Published;
    }

    [Authorize("listener")]
    [SubscriptionType]
    public sealed class Events
    {
        public async IAsyncEnumerable<int> Ticks()
        {
            await Task.Yield();
            yield return 1;
        }
    }

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddTypeExtension<Queries>()
        .AddTypeExtension<Mutations>()
        .AddTypeExtension<Events>()
        .AddQueryType(d => d.Field("described").Type("String").Resolve(_ => "described").Authorize("admin"))
        .Create();

    private static async Task<JsonObject> RunAsync(string query, RequestContext context) =>
        JsonNode.Parse(await Run.Json(Schema, query, context: context))!.AsObject();

    private static string Code(JsonObject result, int index = 0) => result["errors"]![index]!["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task Should_check_attributes_on_methods_and_properties_before_resolving()
    {
        var anonymous = await RunAsync("{ hello mySalary { amount } publicSalary { amount account } }", Signed.Anonymous());

        Assert.Equal("hello", anonymous["data"]!["hello"]!.GetValue<string>());
        Assert.Null(anonymous["data"]!["mySalary"]);
        Assert.Equal(2000, anonymous["data"]!["publicSalary"]!["amount"]!.GetValue<int>());
        Assert.Null(anonymous["data"]!["publicSalary"]!["account"]);
        Assert.Equal([ErrorCodes.NotAuthenticated, ErrorCodes.NotAuthenticated], anonymous["errors"]!.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_guard_every_field_of_a_class_with_the_attribute_on_the_class()
    {
        var refused = await RunAsync("{ audit { entries } }", Signed.As("ann"));
        var allowed = await RunAsync("{ audit { entries } }", Signed.As("amy", "auditor"));

        Assert.Equal(ErrorCodes.NotAuthorized, Code(refused));
        Assert.Null(refused["data"]); // entries is Int! and audit Audit!: null propagates to the root, as the spec says
        Assert.Equal(7, allowed["data"]!["audit"]!["entries"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_check_a_field_configured_with_a_descriptor()
    {
        var refused = await RunAsync("{ described }", Signed.As("ann"));
        var allowed = await RunAsync("{ described }", Signed.As("root", "admin"));

        Assert.Equal(ErrorCodes.NotAuthorized, Code(refused));
        Assert.Equal("described", allowed["data"]!["described"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_not_run_a_refused_mutation_so_nothing_is_written()
    {
        var ledger = new Ledger();
        var services = new GraphQL.Tests.CodeFirst.Services(ledger);

        var refused = await RunAsync("mutation { publish }", Signed.As(services, "ann", "grid-worker"));
        var policy = await RunAsync("mutation { forbidden }", Signed.As(services, "ann", "workflow-admin"));
        var allowed = await RunAsync("mutation { publish }", Signed.As(services, "root", "workflow-admin"));

        Assert.Equal(ErrorCodes.NotAuthorized, Code(refused));
        Assert.Equal(ErrorCodes.NotAuthorized, Code(policy));
        Assert.Equal(["publish"], refused["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(1, allowed["data"]!["publish"]!.GetValue<int>());
        Assert.Equal(1, ledger.Published);
    }

    [Fact]
    public async Task Should_refuse_a_subscription_before_its_stream_is_created()
    {
        var executor = new RequestExecutor(Schema);
        var prepared = executor.Prepare(new GraphQLRequest("subscription { ticks }"));

        var refused = await executor.ExecuteAsync(prepared, Signed.As("ann"));
        var allowed = await executor.ExecuteAsync(prepared, Signed.As("lee", "listener"));

        var error = Assert.Single(Assert.IsType<ExecutionResult>(refused).Errors!);
        Assert.Equal(ErrorCodes.NotAuthorized, error.Extensions!["code"]);
        Assert.IsType<ResponseStream>(allowed);
    }
}
