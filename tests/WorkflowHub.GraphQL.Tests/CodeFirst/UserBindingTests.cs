using System.Security.Claims;
using System.Text.Json;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Tests.Execution;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

public sealed class UserBindingTests
{
    [QueryType]
    public sealed class Queries
    {
        public string Me(ClaimsPrincipal? user) => user?.Identity?.Name ?? "anonymous";
    }

    private static readonly GraphQL.Types.Schema Schema = SchemaBuilder.New().AddTypeExtension<Queries>().Create();

    [Fact]
    public async Task Should_hand_a_resolver_the_user_the_transport_authenticated()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "grid-worker-7")], "Test"));

        var result = await Run.Execute(Schema, "{ me }", context: new RequestContext { User = user });

        Assert.Equal("""{"me":"grid-worker-7"}""", JsonSerializer.Serialize(result.Data));
    }

    [Fact]
    public async Task Should_not_expose_the_user_parameter_as_an_argument_and_give_null_when_nobody_signed_in()
    {
        var result = await Run.Execute(Schema, "{ me }");

        Assert.Empty(Schema.QueryType!.Fields["me"].Arguments);
        Assert.Equal("""{"me":"anonymous"}""", JsonSerializer.Serialize(result.Data));
    }
}
