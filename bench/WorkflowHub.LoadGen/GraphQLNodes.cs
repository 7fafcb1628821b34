using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.LoadGen;

/// <summary>The operation was refused with a GraphQL error: retrying it would not help.</summary>
public sealed class GraphQLRefusedException(string operation, string errors) : Exception($"{operation}: {errors}")
{
    public string Errors { get; } = errors;
}

/// <summary>
/// GraphQL over HTTP to several nodes, one after the other per call (so one request's steps land on different nodes, as
/// behind a load balancer). A network error, a timeout or a 5xx is retried on the next node after a short pause; the
/// caller makes each operation safe to repeat. Latencies are recorded per operation, errors per kind.
/// </summary>
public sealed class GraphQLNodes(IReadOnlyList<Uri> servers, LoadStats stats) : IDisposable
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);
    private readonly HttpClient[] _clients = servers.Select(s => new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = s, Timeout = TimeSpan.FromSeconds(30) }).ToArray();
    private int _next;

    public string? Token { get; set; }

    public async Task<JsonNode> RunAsync(string operation, string query, object? variables = null, string? token = null, CancellationToken ct = default)
    {
        var giveUp = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            var client = _clients[(int)((uint)Interlocked.Increment(ref _next) % _clients.Length)];
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            if ((token ?? Token) is { Length: > 0 } bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(request, ct);
                if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    stats.Error(operation, $"HTTP {(int)response.StatusCode}");
                }
                else
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct) ?? throw new InvalidOperationException("empty body");
                    if (body["errors"] is JsonArray errors && HasNullRoot(body))
                    {
                        // A server that lost its database mid-operation cannot say whether it happened: like a cut
                        // connection, that is an unknown outcome, and every operation here is safe to repeat.
                        if (errors.Any(e => e?["extensions"]?["code"]?.GetValue<string>() is "UNEXPECTED_EXECUTION_ERROR" or "SERVICE_UNAVAILABLE"))
                        {
                            stats.Error(operation, "server error");
                            goto retry;
                        }
                        stats.Error(operation, "GraphQL error");
                        throw new GraphQLRefusedException(operation, errors.ToJsonString());
                    }
                    stats.Latency(operation, watch.Elapsed);
                    return body["data"]!;
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException || e is TaskCanceledException && !ct.IsCancellationRequested)
            {
                stats.Error(operation, e is TaskCanceledException ? "timeout" : "network");
            }
            retry:
            if (giveUp.Elapsed > GiveUpAfter) throw new TimeoutException($"{operation}: no node answered within {GiveUpAfter}.");
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 * (1 << Math.Min(attempt, 5)))), ct);
        }
    }

    private static bool HasNullRoot(JsonObject body) => body["data"] is not JsonObject data || data.Any(p => p.Value is null);

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
    }
}
