using WorkflowHub.Open311.Documents;

namespace WorkflowHub.Open311;

/// <summary>One entry of the spec's error list: the HTTP code it belongs to and what went wrong, naming the parameter.</summary>
public sealed record Open311Error(int Code, string Description)
{
    public Record ToRecord() => new() { { "code", Code }, { "description", Description } };
}

/// <summary>Ends a GeoReport call with the spec's error list and the HTTP status of its first entry; nothing was written.</summary>
public sealed class Open311Exception(IReadOnlyList<Open311Error> errors) : Exception(string.Join("; ", errors.Select(e => e.Description)))
{
    public Open311Exception(int code, string description) : this([new Open311Error(code, description)]) { }

    public IReadOnlyList<Open311Error> Errors { get; } = errors;

    public int Status => Errors[0].Code;

    public Open311Document ToDocument() => Open311Document.Of("errors", "error", Errors.Select(e => e.ToRecord()));

    public static Open311Exception BadRequest(string description) => new(400, description);

    public static Open311Exception NotFound(string description) => new(404, description);
}
