using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Limits;

public sealed class RequestLimitTests
{
    [Fact]
    public async Task Should_refuse_a_document_above_the_size_limit_before_parsing()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyRequestLimits(l => l.MaxDocumentBytes = 100));
        // Not even valid GraphQL: the size check comes first.
        var answer = await PostQueryAsync(host.CreateClient(), "{ hello " + new string('#', 200), accept: GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("DOCUMENT_TOO_LARGE", answer.FirstErrorCode);
    }

    [Fact]
    public async Task Should_count_the_document_size_in_utf8_bytes()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyRequestLimits(l => l.MaxDocumentBytes = 60));
        // 30 characters of which 10 take 3 bytes each in UTF-8: 50 bytes fit, 10 more do not.
        var fits = await PostQueryAsync(host.CreateClient(), "{ hello(name: \"" + new string('€', 10) + "\") }");
        var tooLarge = await PostQueryAsync(host.CreateClient(), "{ hello(name: \"" + new string('€', 14) + "\") }");

        Assert.Equal("Hello " + new string('€', 10), fits.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("DOCUMENT_TOO_LARGE", tooLarge.FirstErrorCode);
    }

    [Fact]
    public async Task Should_refuse_a_too_deep_operation_over_http()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.AddMaxExecutionDepthRule(2));
        var deep = await PostQueryAsync(host.CreateClient(), "{ users { friends { name } } }", accept: GraphQLResponseJson);
        var shallow = await PostQueryAsync(host.CreateClient(), "{ users { name } }", accept: GraphQLResponseJson);

        Assert.Equal(400, deep.Status);
        Assert.False(deep.HasData);
        Assert.Equal("MAX_DEPTH_EXCEEDED", deep.FirstErrorCode);
        Assert.Equal(200, shallow.Status);
    }

    [Fact]
    public async Task Should_refuse_a_too_costly_operation_over_http_and_accept_a_cheap_one()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.AddCostAnalysis(30));
        var costly = await PostQueryAsync(host.CreateClient(), "{ users(first: 10) { friends(first: 5) { name } } }", accept: GraphQLResponseJson);
        var cheap = await PostQueryAsync(host.CreateClient(), "{ users(first: 10) { name } }", accept: GraphQLResponseJson);

        Assert.Equal(400, costly.Status);
        Assert.Equal("MAX_COST_EXCEEDED", costly.FirstErrorCode);
        Assert.Equal(60, costly.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("cost").GetDouble());
        Assert.Equal(200, cheap.Status);
    }
}
