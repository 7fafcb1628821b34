using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.GovernanceBench;

/// <summary>
/// Times the real GraphQL fields over HTTP against a started server on the bench's file: one request at a time, keep-alive,
/// the time from sending the POST to having read the whole answer.
/// </summary>
internal static class HttpTimings
{
    private const string OverduePage = """
        query($u: String) { serviceRequests(orgUnitId: $u, where: { overdue: { eq: true } }, first: 50) {
          nodes { id trackingCode title status category submittedAt dueAt overdue escalationLevel handlingUnitId }
          pageInfo { hasNextPage endCursor } } }
        """;

    private const string OverduePageWithCount = """
        query($u: String) { serviceRequests(orgUnitId: $u, where: { overdue: { eq: true } }, first: 50) {
          totalCount nodes { id trackingCode title status category submittedAt dueAt overdue escalationLevel handlingUnitId }
          pageInfo { hasNextPage endCursor } } }
        """;

    private const string Metrics = """
        query($u: ID!, $f: DateTime!, $t: DateTime!) { metrics(orgUnitId: $u, from: $f, to: $t) {
          received respondedOnTime { numerator denominator value } resolved { value } satisfied { value } closed { value }
          overdue { numerator value } whistlesRaised pledgesMade pledgesFulfilled { value } pledgeAverageScore { value } } }
        """;

    public static async Task RunAsync(string url, int repetitions, DateTimeOffset yearStart, Action<string, List<double>> report)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        foreach (var unit in new[] { "s03", "s03c04", "s03c04g05" })
        {
            var nodes = 0;
            report($"HTTP serviceRequests(orgUnitId: {unit}, where: overdue, first: 50)", await TimeAsync(repetitions, async () =>
                nodes = (await PostAsync(http, OverduePage, new { u = unit }))["serviceRequests"]!["nodes"]!.AsArray().Count));
            Console.WriteLine($"  {nodes} nodes on the page");
        }
        var total = 0;
        report("HTTP serviceRequests(orgUnitId: s03, where: overdue, first: 50) with totalCount", await TimeAsync(repetitions, async () =>
            total = (int)(await PostAsync(http, OverduePageWithCount, new { u = "s03" }))["serviceRequests"]!["totalCount"]!));
        Console.WriteLine($"  totalCount {total:N0}");
        var china = TimeSpan.FromHours(8);
        report("HTTP metrics, street s03, one UTC year", await TimeAsync(repetitions, () =>
            PostAsync(http, Metrics, new { u = "s03", f = yearStart, t = yearStart.AddDays(365) })));
        report("HTTP metrics, street s03, one local (+08:00) year", await TimeAsync(repetitions, () =>
            PostAsync(http, Metrics, new { u = "s03", f = new DateTimeOffset(yearStart.DateTime, china), t = new DateTimeOffset(yearStart.AddDays(365).DateTime, china) })));
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("No answer.");
        if (body["errors"] is { } errors) throw new InvalidOperationException(errors.ToJsonString());
        return body["data"]!;
    }

    private static async Task<List<double>> TimeAsync(int repetitions, Func<Task> action)
    {
        for (var i = 0; i < 5; i++) await action();
        var times = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }
}
