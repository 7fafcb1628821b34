using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.Security.Tests.Hostile;

/// <summary>What a hostile request may get back: never a 5xx; a GraphQL-shaped JSON body whose errors say what went wrong.</summary>
public static class Answers
{
    /// <summary>Null when the answer is acceptable, else why not (with the request, for the failure message).</summary>
    public static async Task<string?> ProblemAsync(HttpResponseMessage response, string request)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        string Fail(string why) => $"{why}: HTTP {status} {Shorten(text)} for {Shorten(request)}";

        if (status >= 500) return Fail("server error");
        if (status is not (200 or 400 or 401 or 403 or 405 or 406 or 413 or 415 or 429)) return Fail("unexpected status");
        JsonObject body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return Fail("not a GraphQL JSON answer");
        }

        var errors = body["errors"] as JsonArray;
        if (errors is null) return body.ContainsKey("data") && status == 200 ? null : Fail("neither data nor errors");
        foreach (var error in errors)
        {
            if (error?["message"] is not JsonValue message || string.IsNullOrWhiteSpace(message.GetValue<string>())) return Fail("an error without a message");
            if (error["message"]!.GetValue<string>().Contains("Unexpected server error", StringComparison.Ordinal)) return Fail("an unexpected error");
        }

        // A request refused as a whole (no data) must say why in a code a client can act on.
        if (!body.ContainsKey("data") && errors[0]?["extensions"]?["code"] is null) return Fail("a request error without extensions.code");
        return null;
    }

    public static async Task AssertHealthyAsync(HttpClient client)
    {
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("Healthy", await health.Content.ReadAsStringAsync());
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
