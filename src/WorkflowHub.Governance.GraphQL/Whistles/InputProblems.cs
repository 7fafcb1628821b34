using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.Governance.GraphQL.Whistles;

/// <summary>Collects every problem with a mutation's input, each with its argument path, and refuses them all at once.</summary>
internal sealed class InputProblems
{
    private readonly List<ValidationError> _problems = [];

    public void Add(string path, string message) => _problems.Add(new ValidationError(path, message));

    public void Text(string path, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(path, "Required.");
        }
        else if (value.Length > maxLength) Add(path, $"At most {maxLength} characters.");
    }

    public void ThrowIfAny(string what)
    {
        if (_problems.Count > 0) throw EngineErrors.Listing(_problems, EngineErrors.InputInvalid, what);
    }

    public static GraphQLException One(string path, string message, string what) =>
        EngineErrors.Listing([new ValidationError(path, message)], EngineErrors.InputInvalid, what);
}
