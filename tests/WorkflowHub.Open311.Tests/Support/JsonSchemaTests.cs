using System.Text.Json.Nodes;

namespace WorkflowHub.Open311.Tests.Support;

/// <summary>The schema check itself: it must catch what the GeoReport schemas forbid, or the other tests prove nothing.</summary>
public sealed class JsonSchemaTests
{
    private const string Valid = """
        [{ "service_request_id": "1", "status": "open", "service_code": "general", "requested_datetime": "2026-11-02T09:00:00+08:00", "lat": 39.9 }]
        """;

    [Fact]
    public void Should_accept_a_request_list_the_spec_allows() => Assert.Empty(JsonSchema.Load("requests").Validate(JsonNode.Parse(Valid)));

    [Theory]
    [InlineData("\"status\": \"open\"", "\"status\": \"pending\"", "$[0].status: \"pending\" is not one of")]
    [InlineData("\"lat\": 39.9", "\"lat\": 39.9, \"phone\": \"13812345678\"", "$[0]: property 'phone' is not allowed")]
    [InlineData("\"service_code\": \"general\", ", "", "$[0]: required property 'service_code' is missing")]
    [InlineData("2026-11-02T09:00:00+08:00", "2026-11-02 09:00", "$[0].requested_datetime: '2026-11-02 09:00' is not a date-time")]
    [InlineData("\"lat\": 39.9", "\"lat\": \"39.9\"", "$[0].lat: expected number or null, found string")]
    [InlineData("\"lat\": 39.9", "\"lat\": 139.9", "$[0].lat: 139.9 is above 90")]
    public void Should_refuse_a_request_list_the_spec_does_not_allow(string from, string to, string problem)
    {
        var problems = JsonSchema.Load("requests").Validate(JsonNode.Parse(Valid.Replace(from, to)));

        Assert.Contains(problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_follow_references_and_any_of()
    {
        Assert.Contains("$[0]: matches none of anyOf", JsonSchema.Load("request-created").Validate(JsonNode.Parse("""[{ "service_notice": null }]"""))[0]);
        Assert.Contains(JsonSchema.Load("service-definition").Validate(JsonNode.Parse("""{ "service_code": "x", "attributes": [{ "code": "a" }] }""")),
            p => p == "$.attributes[0]: required property 'datatype' is missing");
        Assert.Contains(JsonSchema.Load("errors").Validate(JsonNode.Parse("""[{ "code": 500, "description": "x" }]""")), p => p.StartsWith("$[0].code: 500 is not one of"));
    }

    [Fact]
    public void Should_refuse_a_schema_keyword_it_does_not_check() =>
        Assert.Throws<NotSupportedException>(() => JsonSchema.Parse("""{ "type": "string", "pattern": "^a" }""").Validate(JsonValue.Create("a")));
}
