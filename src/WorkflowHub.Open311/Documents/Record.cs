namespace WorkflowHub.Open311.Documents;

/// <summary>
/// One object of a GeoReport response: named fields in the spec's order. Values are strings, numbers, booleans, null,
/// nested records, or lists (<see cref="RecordList"/>, <see cref="TextList"/>); the same record is written as JSON or XML.
/// </summary>
public sealed class Record : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> _fields = [];

    public void Add(string name, object? value) => _fields.Add(new(name, value));

    public object? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _fields.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list of records; in XML each is an element named <see cref="ItemName"/>.</summary>
public sealed record RecordList(string ItemName, IReadOnlyList<Record> Items);

/// <summary>A list of strings; in XML each is an element named <see cref="ItemName"/>.</summary>
public sealed record TextList(string ItemName, IReadOnlyList<string> Items);

/// <summary>
/// A whole response. Lists (services, requests, errors) are JSON arrays and, in XML, a root element holding one
/// element per item; single objects (discovery, a service definition) are a JSON object and an XML root element.
/// </summary>
public sealed record Open311Document(string XmlRoot, RecordList? List = null, Record? Single = null)
{
    public static Open311Document Of(string xmlRoot, string xmlItem, IEnumerable<Record> items) => new(xmlRoot, new RecordList(xmlItem, items.ToList()));

    public static Open311Document Of(string xmlRoot, Record single) => new(xmlRoot, Single: single);
}
