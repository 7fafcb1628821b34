using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Fuzzing;

public sealed class HttpFuzzTests
{
    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/json", "*/*", "text/event-stream", "text/html", "text/plain",
        "application/json;q=0.5, application/graphql-response+json", "",
    ];

    private static readonly string?[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/graphql+json", "text/plain", null, "application/json; charset=latin1",
    ];

    [Fact]
    public async Task Should_answer_ten_thousand_random_and_mutated_requests_without_a_server_error()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b
            .AddMaxExecutionDepthRule(20)
            .ModifyServerOptions(o => o.EnableBatching = true));
        using var client = host.CreateClient();
        var inputs = new FuzzInputs(20261122);
        var watch = Stopwatch.StartNew();
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < 10_000; i++)
        {
            using var request = CreateRequest(inputs);
            var described = request.Method + " " + request.RequestUri + " " + (request.Content is null ? "" : await request.Content.ReadAsStringAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var response = await client.SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;

            Assert.True(status < 500, $"#{i}: {status} for {Shorten(described)}\n{Shorten(body)}");
            // The test schema's resolvers never throw: an unexpected execution error is an internal failure.
            Assert.False(body.Contains("UNEXPECTED_EXECUTION_ERROR", StringComparison.Ordinal), $"#{i}: {Shorten(described)}\n{Shorten(body)}");
            AssertWellFormed(response, body, i, described);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Empty(host.Errors.Entries);
        // The mix reaches every kind of answer: executed, refused and malformed.
        Assert.True(statuses.ContainsKey(200) && statuses.ContainsKey(400) && statuses.ContainsKey(415), string.Join(", ", statuses));
    }

    private static HttpRequestMessage CreateRequest(FuzzInputs inputs)
    {
        HttpRequestMessage request;
        if (inputs.Next(4) == 0)
        {
            var query = "/graphql?query=" + Uri.EscapeDataString(inputs.Document());
            if (inputs.Next(3) == 0)
            {
                query += "&variables=" + Uri.EscapeDataString(inputs.Body());
            }

            request = new HttpRequestMessage(HttpMethod.Get, query);
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(inputs.Body())),
            };
            var contentType = inputs.Next(5) == 0 ? ContentTypes[inputs.Next(ContentTypes.Length)] : "application/json";
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        var accept = inputs.Next(3) == 0 ? Accepts[inputs.Next(Accepts.Length)] : "application/graphql-response+json";
        if (accept.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    private static void AssertWellFormed(HttpResponseMessage response, string body, int index, string request)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        switch (mediaType)
        {
            case "application/json" or "application/graphql-response+json":
                var root = Parse(body, index, request);
                if (root.ValueKind == JsonValueKind.Object)
                {
                    Assert.True(root.TryGetProperty("data", out _) || root.TryGetProperty("errors", out _), $"#{index}: neither data nor errors in {Shorten(body)}");
                }
                else
                {
                    Assert.Equal(JsonValueKind.Array, root.ValueKind);
                }

                break;
            case "text/event-stream":
                foreach (var line in body.Split('\n'))
                {
                    if (line.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        Parse(line[6..], index, request);
                    }
                }

                Assert.EndsWith("event: complete\ndata:\n\n", body);
                break;
            case "text/html":
                Assert.Contains("<html", body);
                break;
            default:
                Assert.Fail($"#{index}: unexpected content type {mediaType} for {Shorten(request)}");
                break;
        }
    }

    private static JsonElement Parse(string json, int index, string request)
    {
        try
        {
            return JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException exception)
        {
            Assert.Fail($"#{index}: response is not JSON ({exception.Message}) for {Shorten(request)}: {Shorten(json)}");
            throw;
        }
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
