namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// One entry of a response's <c>errors</c>: a message, where in the document it comes from, the
/// response path of the field that failed (field errors only: strings and list indexes) and
/// extensions such as <c>extensions["code"]</c>.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
        Exception = exception;
    }

    public string Message { get; }

    /// <summary>Null when the error has no position in the document.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path of a field error: field names (string) and list indexes (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Null when empty.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, for logging; never serialised.</summary>
    public Exception? Exception { get; }

    /// <summary>The <c>extensions.code</c> value, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>An error with only <c>extensions.code</c> as extension.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null) =>
        new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });

    public override string ToString() => Message;
}
