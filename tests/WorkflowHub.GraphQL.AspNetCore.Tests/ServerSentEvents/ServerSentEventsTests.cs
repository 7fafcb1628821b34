using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.ServerSentEvents;

public sealed class ServerSentEventsTests
{
    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/stream")]
    public async Task Should_stream_subscription_events_as_next_events_then_complete(string path)
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = host.CreateClient();
        using var response = await SendAsync(client, Post(path, """{"query":"subscription { ticks(count: 3) }"}"""));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await ReadAllAsync(response);
        Assert.Equal(["next", "next", "next", "complete"], events.Select(e => e.Event));
        Assert.Equal([1, 2, 3], events.Take(3).Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("data").GetProperty("ticks").GetInt32()));
        Assert.Equal("", events[3].Data);
    }

    [Fact]
    public async Task Should_send_a_query_result_as_one_next_event()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = host.CreateClient();
        using var response = await SendAsync(client, Post("/graphql", """{"query":"{ hello }"}"""));

        var events = await ReadAllAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("Hello world", JsonDocument.Parse(events[0].Data).RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Should_send_request_errors_as_a_next_event_with_errors()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = host.CreateClient();
        using var response = await SendAsync(client, Post("/graphql", """{"query":"subscription {"}"""));

        var events = await ReadAllAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        var result = JsonDocument.Parse(events[0].Data).RootElement;
        Assert.False(result.TryGetProperty("data", out _));
        Assert.StartsWith("Syntax Error", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Should_stream_a_subscription_sent_with_get()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription($n: Int) { ticks(count: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":2}"""));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendAsync(client, request);

        var events = await ReadAllAsync(response);
        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
    }

    [Fact]
    public async Task Should_not_run_a_mutation_sent_with_get_as_an_event_stream()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { increment }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendAsync(client, request);

        var events = await ReadAllAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("OPERATION_NOT_ALLOWED", JsonDocument.Parse(events[0].Data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, host.Counter.Value);
    }

    [Fact]
    public async Task Should_answer_400_for_a_malformed_event_stream_request()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = host.CreateClient();
        using var response = await SendAsync(client, Post("/graphql", "{nope"));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_stop_the_source_stream_when_the_client_disconnects()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        using var client = host.CreateClient();
        using (var response = await SendAsync(client, Post("/graphql", """{"query":"subscription { ticks(count: 100000) }"}""")))
        {
            var reader = new EventStreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("next", (await reader.ReadAsync())!.Value.Event);
        }

        // The server is still healthy afterwards.
        using var again = await SendAsync(client, Post("/graphql", """{"query":"{ hello }"}"""));
        Assert.Equal(["next", "complete"], (await ReadAllAsync(again)).Select(e => e.Event));
    }

    private static HttpRequestMessage Post(string path, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request) =>
        client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

    private static async Task<List<(string Event, string Data)>> ReadAllAsync(HttpResponseMessage response)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var reader = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var events = new List<(string Event, string Data)>();
        while (await reader.ReadAsync() is { } next)
        {
            events.Add(next);
        }

        return events;
    }
}
