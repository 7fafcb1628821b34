using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Open311.Documents;

namespace WorkflowHub.Open311.Services;

/// <summary>
/// Our request categories as Open311 services: the category's code and name, with the attributes, keywords and
/// group configured for it under <c>WorkflowHub:Open311:Services:&lt;code&gt;</c>. Every service is <c>realtime</c>:
/// a POST answers the new request's id at once.
/// </summary>
public sealed class ServiceDirectory(ServiceCategoryCatalog categories, Open311Options options)
{
    public IReadOnlyList<ServiceCategory> All => categories.All;

    public ServiceCategory? Find(string? code) => categories.Find(code);

    public IReadOnlyList<KeyValuePair<string, AttributeSettings>> AttributesOf(string code) =>
        options.Services.TryGetValue(code, out var settings)
            ? settings.Attributes.OrderBy(a => a.Value.Order).ThenBy(a => a.Key, StringComparer.Ordinal).ToList()
            : [];

    public Record Service(ServiceCategory category)
    {
        var settings = options.Services.GetValueOrDefault(category.Code);
        return new Record
        {
            { "service_code", category.Code },
            { "service_name", category.Name },
            { "description", settings?.Description ?? $"{category.Name}: feedback within {Limit(category.FeedbackLimit)}." },
            { "metadata", AttributesOf(category.Code).Count > 0 },
            { "type", "realtime" },
            { "keywords", string.Join(", ", settings?.Keywords ?? []) },
            { "group", settings?.Group ?? "" },
        };
    }

    public Record Definition(ServiceCategory category) => new()
    {
        { "service_code", category.Code },
        { "attributes", new RecordList("attribute", AttributesOf(category.Code).Select((a, i) => Attribute(a.Key, a.Value, i + 1)).ToList()) },
    };

    private static Record Attribute(string code, AttributeSettings attribute, int position) => new()
    {
        { "variable", attribute.Variable },
        { "code", code },
        { "datatype", attribute.Datatype.ToString().ToLowerInvariant() },
        { "required", attribute.Required },
        { "datatype_description", attribute.DatatypeDescription ?? "" },
        { "order", attribute.Order > 0 ? attribute.Order : position },
        { "description", attribute.Description },
        { "values", new RecordList("value", attribute.Values.Select(v => new Record { { "key", v.Key }, { "name", v.Name } }).ToList()) },
    };

    private static string Limit(TimeSpan limit) =>
        limit.TotalDays >= 1 && limit.TotalDays % 1 == 0 ? $"{limit.TotalDays:0} day{(limit.TotalDays == 1 ? "" : "s")}" : $"{limit.TotalHours:0.#} hours";
}
