using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>Builds the errors and results this layer answers with on its own (before or instead of execution).</summary>
internal static class TransportErrors
{
    public static GraphQLError Create(string message, string code, Location? location = null, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                extensions[key] = value;
            }
        }

        IReadOnlyList<SourceLocation>? locations = location is { } at ? [new SourceLocation(at.Line, at.Column)] : null;
        return new GraphQLError(message, locations, null, extensions);
    }

    /// <summary>A request error: <c>errors</c> only, no <c>data</c> entry.</summary>
    public static ExecutionResult Result(string message, string code) => Result([Create(message, code)]);

    public static ExecutionResult Result(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };
}
