using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Open311.Tests.Support;

/// <summary>One GeoReport answer: its status, and its body as JSON (checked against the schema) or XML (parsed), whichever was asked.</summary>
public sealed record Answer(HttpStatusCode Status, string Body, JsonNode? Json, XDocument? Xml)
{
    public JsonArray Array => Json!.AsArray();

    public XElement Root => Xml!.Root!;

    /// <summary>The spec's error list: each entry's code and description.</summary>
    public List<(int Code, string Description)> Errors => Json is not null
        ? Array.Select(e => (e!["code"]!.GetValue<int>(), e["description"]!.GetValue<string>())).ToList()
        : Root.Elements("error").Select(e => ((int)e.Element("code")!, (string)e.Element("description")!)).ToList();
}

/// <summary>
/// A civic app's view of the server: every JSON answer is validated against the GeoReport schema of its resource (or the
/// error list's schema when it is not 200), and every XML answer is parsed; content types are checked for both.
/// </summary>
public sealed class Open311Api(GovernanceServer server)
{
    public const string Base = "/open311/v2/";

    public async Task<Answer> GetAsync(string resource, string format, string schema, string query = "")
    {
        using var client = server.Client();
        var response = await client.GetAsync($"{Base}{resource}.{format}{(query.Length > 0 ? "?" + query : "")}");
        return await ReadAsync(response, format, schema);
    }

    /// <summary>GETs the resource as JSON and as XML; both must answer the same status.</summary>
    public async Task<(Answer Json, Answer Xml)> GetBothAsync(string resource, string schema, string query = "")
    {
        var json = await GetAsync(resource, "json", schema, query);
        var xml = await GetAsync(resource, "xml", schema, query);
        Assert.Equal(json.Status, xml.Status);
        return (json, xml);
    }

    public async Task<Answer> PostAsync(IEnumerable<KeyValuePair<string, string>> form, string format = "json", string? apiKeyHeader = null)
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}requests.{format}") { Content = new FormUrlEncodedContent(form) };
        if (apiKeyHeader is not null) request.Headers.Add("X-Api-Key", apiKeyHeader);
        return await ReadAsync(await client.SendAsync(request), format, "request-created");
    }

    public static async Task<Answer> ReadAsync(HttpResponseMessage response, string format, string schema)
    {
        var body = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (format == "xml")
        {
            Assert.Equal("text/xml", contentType);
            return new Answer(response.StatusCode, body, null, XDocument.Parse(body));
        }
        Assert.Equal("application/json", contentType);
        var json = JsonNode.Parse(body);
        var problems = JsonSchema.Load(response.StatusCode == HttpStatusCode.OK ? schema : "errors").Validate(json);
        Assert.True(problems.Count == 0, $"{(int)response.StatusCode} {body}\nfails its schema:\n{string.Join("\n", problems)}");
        return new Answer(response.StatusCode, body, json, null);
    }
}
