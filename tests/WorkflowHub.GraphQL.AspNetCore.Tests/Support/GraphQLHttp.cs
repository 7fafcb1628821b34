using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>Sends raw HTTP requests to the endpoint and reads the answer as a user would.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static async Task<Answer> PostAsync(HttpClient client, string body, string? contentType = "application/json", string? accept = null, string path = "/graphql")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static Task<Answer> PostQueryAsync(HttpClient client, string query, object? variables = null, string? accept = null) =>
        PostAsync(client, JsonSerializer.Serialize(new { query, variables }), accept: accept);

    public static async Task<Answer> GetAsync(HttpClient client, string pathAndQuery, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            text,
            response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null);
    }

    public static string Get(string query) => "/graphql?query=" + Uri.EscapeDataString(query);
}

public sealed record Answer(int Status, string? ContentType, string Body, string? Allow)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public string? FirstErrorCode =>
        Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
        && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public string? FirstErrorMessage =>
        Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 ? errors[0].GetProperty("message").GetString() : null;
}
