using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Http;

public sealed class MediaTypeTests
{
    [Fact]
    public async Task Should_answer_with_graphql_response_json_when_the_client_accepts_it()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{ hello }"}""", accept: GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", answer.ContentType);
        Assert.Equal("Hello world", answer.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Should_answer_with_application_json_when_there_is_no_accept_header()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{ hello }"}""");

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.ContentType);
    }

    [Theory]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/*", "application/json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.8", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json;charset=utf-8", "application/graphql-response+json; charset=utf-8")]
    [InlineData("text/plain, application/json;q=0.1", "application/json; charset=utf-8")]
    public async Task Should_pick_the_response_media_type_from_the_accept_header(string accept, string expected)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(200, answer.Status);
        Assert.Equal(expected, answer.ContentType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json;q=0")]
    public async Task Should_answer_406_when_no_accepted_media_type_can_be_produced(string accept)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{ hello }"}""", accept: accept);

        Assert.Equal(406, answer.Status);
        Assert.Equal(0, host.Counter.Value);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Should_answer_415_for_an_unsupported_request_content_type(string contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"mutation { increment }"}""", contentType);

        Assert.Equal(415, answer.Status);
        Assert.Equal(0, host.Counter.Value);
    }

    [Fact]
    public async Task Should_answer_415_when_a_post_has_no_content_type()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{ hello }"}""", contentType: null);

        Assert.Equal(415, answer.Status);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/graphql+json")]
    public async Task Should_accept_json_request_bodies_in_utf8(string contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), """{"query":"{ hello(name: \"Zoë 🏃\") }"}""", contentType);

        Assert.Equal(200, answer.Status);
        Assert.Equal("Hello Zoë 🏃", answer.Json.GetProperty("data").GetProperty("hello").GetString());
    }
}
