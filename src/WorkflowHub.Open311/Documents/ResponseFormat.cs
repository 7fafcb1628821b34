namespace WorkflowHub.Open311.Documents;

/// <summary>The two formats GeoReport v2 speaks, chosen by the path's extension (<c>requests.json</c>, <c>requests.xml</c>).</summary>
public enum ResponseFormat { Json, Xml }

public static class ResponseFormats
{
    public static ResponseFormat? Parse(string? extension) => extension?.ToLowerInvariant() switch
    {
        "json" => ResponseFormat.Json,
        "xml" => ResponseFormat.Xml,
        _ => null,
    };

    public static string ContentType(this ResponseFormat format) =>
        format == ResponseFormat.Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
}
