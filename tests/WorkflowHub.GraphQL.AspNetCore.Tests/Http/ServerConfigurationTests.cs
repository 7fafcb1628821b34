using Microsoft.AspNetCore.Http;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Http;

public sealed class ServerConfigurationTests
{
    [Fact]
    public async Task Should_refuse_introspection_when_the_executor_option_switches_it_off()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyRequestOptions(o => o.EnableIntrospection = false));
        var introspection = await PostQueryAsync(host.CreateClient(), "{ __schema { queryType { name } } }", accept: GraphQLResponseJson);
        var typename = await PostQueryAsync(host.CreateClient(), "{ __typename }", accept: GraphQLResponseJson);

        Assert.Equal(400, introspection.Status);
        Assert.Equal("INTROSPECTION_NOT_ALLOWED", introspection.FirstErrorCode);
        Assert.Equal(200, typename.Status);
    }

    [Fact]
    public async Task Should_serve_a_schema_built_elsewhere()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { version: String }")
            .AddResolver("Query", "version", _ => "1.2.3")
            .Create();
        await using var host = await GraphQLTestHost.StartAsync(b => b.AddSchema(schema));
        var answer = await PostQueryAsync(host.CreateClient(), "{ version }");

        Assert.Equal("1.2.3", answer.Json.GetProperty("data").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Should_hand_the_interceptors_context_data_and_the_http_context_to_resolvers()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b
            .AddHttpRequestInterceptor(new TenantInterceptor())
            .AddResolver("Query", "hello", context =>
                context.ContextData["tenant"] + " via " + ((HttpContext)context.ContextData[nameof(HttpContext)]!).Request.Method));
        var answer = await PostQueryAsync(host.CreateClient(), "{ hello }");

        Assert.Equal("acme via POST", answer.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Should_map_the_endpoint_at_another_path()
    {
        await using var host = await GraphQLTestHost.StartAsync(path: "/api/graph");
        var moved = await PostAsync(host.CreateClient(), """{"query":"{ hello }"}""", path: "/api/graph");
        var old = await PostAsync(host.CreateClient(), """{"query":"{ hello }"}""");

        Assert.Equal(200, moved.Status);
        Assert.Equal(404, old.Status);
    }

    private sealed class TenantInterceptor : IHttpRequestInterceptor
    {
        public ValueTask OnCreateAsync(HttpContext context, GraphQLRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken)
        {
            contextData["tenant"] = "acme";
            return default;
        }
    }
}
