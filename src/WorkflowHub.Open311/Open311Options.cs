namespace WorkflowHub.Open311;

/// <summary>
/// <c>WorkflowHub:Open311</c>: what discovery tells clients, paging limits, and per request category the details
/// only Open311 has (extra questions as attributes, keywords, a group). Configuration or code
/// (<c>services.Configure&lt;Open311Options&gt;(...)</c>) sets them; code runs after configuration.
/// </summary>
public sealed class Open311Options
{
    public const string Section = "WorkflowHub:Open311";

    /// <summary>When set, a <c>jurisdiction_id</c> other than this one is refused; when not, the parameter is ignored.</summary>
    public string? JurisdictionId { get; set; }
    public string Contact { get; set; } = "";
    public string KeyService { get; set; } = "Ask a workflow admin for an API key (createApiKey).";
    /// <summary>When the services or this endpoint last changed (discovery's changeset).</summary>
    public DateTimeOffset Changeset { get; set; } = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    /// <summary>Dates are written in this zone, and dates given without an offset are read in it.</summary>
    public string TimeZone { get; set; } = Engine.Definitions.WorkflowDefinition.DefaultTimeZone;
    public int DefaultPageSize { get; set; } = 100;
    /// <summary>The spec lets a server cap a response at 1,000 requests.</summary>
    public int MaxPageSize { get; set; } = 1000;
    /// <summary>Without start_date and end_date, requests of the last 90 days are listed, as the spec asks.</summary>
    public TimeSpan DefaultWindow { get; set; } = TimeSpan.FromDays(90);
    public Dictionary<string, ServiceSettings> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Open311 details of one request category (its code is the key).</summary>
public sealed class ServiceSettings
{
    public string? Description { get; set; }
    public List<string> Keywords { get; set; } = [];
    public string? Group { get; set; }
    /// <summary>Extra questions, by attribute code.</summary>
    public Dictionary<string, AttributeSettings> Attributes { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public enum AttributeDatatype { String, Number, Datetime, Text, SingleValueList, MultiValueList }

/// <summary>One extra question of a service, as <c>services/{code}</c> describes it and <c>attribute[code]</c> answers it.</summary>
public sealed class AttributeSettings
{
    public AttributeDatatype Datatype { get; set; } = AttributeDatatype.String;
    public bool Required { get; set; }
    /// <summary>The question asked.</summary>
    public string Description { get; set; } = "";
    public string? DatatypeDescription { get; set; }
    public int Order { get; set; }
    /// <summary>False for an informational text the client shows without asking (the spec's <c>variable</c>).</summary>
    public bool Variable { get; set; } = true;
    /// <summary>The choices of a single or multi value list.</summary>
    public List<AttributeValue> Values { get; set; } = [];
}

public sealed class AttributeValue
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
}
