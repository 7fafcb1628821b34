using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Http;

public sealed class StatusCodeTests
{
    [Fact]
    public async Task Should_answer_400_without_data_for_a_parse_error_with_the_graphql_response_media_type()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{"}""", accept: GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("GRAPHQL_PARSE_FAILED", answer.FirstErrorCode);
        var location = answer.Json.GetProperty("errors")[0].GetProperty("locations")[0];
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(2, location.GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xFF })]
    public async Task Should_answer_400_for_a_body_whose_strings_are_not_utf8(byte[] bad)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var body = System.Text.Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\"x").Concat(bad).Concat("\"}"u8.ToArray()).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponseJson);

        var answer = await SendAsync(host.CreateClient(), request);

        Assert.Equal(400, answer.Status);
        Assert.Equal("INVALID_REQUEST", answer.FirstErrorCode);
        Assert.Contains("UTF-8", answer.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Should_answer_200_for_a_parse_error_with_application_json()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{"}""", accept: "application/json");

        Assert.Equal(200, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("GRAPHQL_PARSE_FAILED", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData("application/json", 200)]
    public async Task Should_answer_a_validation_error_by_media_type(string accept, int status)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{ doesNotExist }"}""", accept: accept);

        Assert.Equal(status, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData("application/json", 200)]
    public async Task Should_answer_a_variable_coercion_error_by_media_type(string accept, int status)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"query($name: String!) { hello(name: $name) }","variables":{"name":null}}""", accept: accept);

        Assert.Equal(status, answer.Status);
        Assert.False(answer.HasData);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"query": "{ hello }" """)]
    [InlineData("""{"query":"{ hello }"} {"query":"{ hello }"}""")]
    [InlineData("")]
    public async Task Should_answer_400_with_an_error_for_a_malformed_json_body(string body)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        foreach (var accept in new[] { GraphQLResponseJson, "application/json" })
        {
            var answer = await PostAsync(host.CreateClient(), body, accept: accept);

            Assert.Equal(400, answer.Status);
            Assert.False(answer.HasData);
            Assert.Equal("INVALID_REQUEST", answer.FirstErrorCode);
        }
    }

    [Theory]
    [InlineData("\"{ hello }\"", "must be a JSON object")]
    [InlineData("42", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("""[{"query":"{ hello }"}]""", "Batched requests")]
    [InlineData("""{"query": 1}""", "\"query\" must be a string")]
    [InlineData("""{"query": {"obj":"ect"}}""", "\"query\" must be a string")]
    [InlineData("""{"query": ["{ hello }"]}""", "\"query\" must be a string")]
    [InlineData("""{"query":"{ hello }","operationName": 5}""", "\"operationName\" must be a string")]
    [InlineData("""{"query":"{ hello }","variables": "{}"}""", "\"variables\" must be a JSON object")]
    [InlineData("""{"query":"{ hello }","variables": [1]}""", "\"variables\" must be a JSON object")]
    [InlineData("""{"query":"{ hello }","extensions": false}""", "\"extensions\" must be a JSON object")]
    [InlineData("""{"qeury":"{ hello }"}""", "no \"query\"")]
    public async Task Should_answer_400_with_a_clear_error_for_a_body_that_is_not_a_graphql_request(string body, string message)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), body, accept: "application/json");

        Assert.Equal(400, answer.Status);
        Assert.Contains(message, answer.FirstErrorMessage);
    }

    [Fact]
    public async Task Should_answer_405_with_allow_for_other_methods()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        var answer = await SendAsync(host.CreateClient(), request);

        Assert.Equal(405, answer.Status);
        Assert.Equal("GET, POST", answer.Allow);
    }

    [Fact]
    public async Task Should_answer_413_for_a_body_above_the_size_limit()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyServerOptions(o => o.MaxRequestBodyBytes = 1000));
        var answer = await PostAsync(host.CreateClient(), "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', 2000) + "\"}}");

        Assert.Equal(413, answer.Status);
    }

    [Fact]
    public async Task Should_refuse_a_subscription_over_a_plain_post()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"subscription { ticks }"}""", accept: GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.Equal("OPERATION_NOT_ALLOWED", answer.FirstErrorCode);
    }

    [Fact]
    public async Task Should_execute_a_mutation_over_post()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"mutation { increment }"}""");

        Assert.Equal(200, answer.Status);
        Assert.Equal(1, answer.Json.GetProperty("data").GetProperty("increment").GetInt32());
        Assert.Equal(1, host.Counter.Value);
    }

    [Fact]
    public async Task Should_answer_with_the_interceptors_status_code_when_it_rejects_the_request()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.AddHttpRequestInterceptor(new RejectingInterceptor()));
        var answer = await PostAsync(host.CreateClient(), """{"query":"mutation { increment }"}""");

        Assert.Equal(403, answer.Status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", answer.FirstErrorCode);
        Assert.Equal(0, host.Counter.Value);
    }

    private sealed class RejectingInterceptor : IHttpRequestInterceptor
    {
        public ValueTask OnCreateAsync(Microsoft.AspNetCore.Http.HttpContext context, Execution.GraphQLRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken) =>
            throw new GraphQLRequestRejectedException(403, "Not allowed.");
    }
}
