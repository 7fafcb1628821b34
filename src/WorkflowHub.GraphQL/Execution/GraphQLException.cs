namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report a field error with its own message, code and extensions; the
/// executor adds the field's locations and path. Exceptions of other types become
/// <c>Unexpected Execution Error</c> (see <see cref="ExecutorOptions.IncludeExceptionDetails"/>).
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        if (code is null)
        {
            Extensions = extensions;
            return;
        }

        var merged = new Dictionary<string, object?> { ["code"] = code };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                merged.TryAdd(key, value);
            }
        }

        Extensions = merged;
    }

    /// <summary>Written as the error's <c>extensions</c>; includes <c>code</c> when one was given.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;
}
