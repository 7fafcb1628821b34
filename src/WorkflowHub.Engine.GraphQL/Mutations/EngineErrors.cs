using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.Engine.GraphQL.Mutations;

/// <summary>
/// The engine's refusals as GraphQL errors with a code, and — where the engine found several
/// problems at once — every one of them with its JSON path under <c>extensions.errors</c>.
/// </summary>
public static class EngineErrors
{
    public const string DefinitionInvalid = "WORKFLOW_DEFINITION_INVALID";
    public const string InputInvalid = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";

    public static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DefinitionInvalidException e)
        {
            throw Listing(e.Errors, DefinitionInvalid, "The workflow definition is not valid");
        }
        catch (WorkflowInputException e)
        {
            throw Listing(e.Errors, InputInvalid, "The start input does not fit the workflow's inputs");
        }
        catch (TaskCompletionException e)
        {
            throw Listing(e.Errors, InputInvalid, "The task cannot be completed like this");
        }
        catch (Exception e) when (e is WorkflowNotFoundException or TaskNotFoundException or InstanceNotFoundException)
        {
            throw new GraphQLException(e.Message, NotFound, innerException: e);
        }
    }

    public static GraphQLException Listing(IReadOnlyList<ValidationError> errors, string code, string what)
    {
        var listed = errors.Select(e => (object?)new Dictionary<string, object?> { ["path"] = e.Path, ["message"] = e.Message }).ToList();
        var summary = errors.Count == 1 ? $"{what}: {errors[0]}" : $"{what}: {errors.Count} problems, the first: {errors[0]}";
        return new GraphQLException(summary, code, new Dictionary<string, object?> { ["errors"] = listed });
    }
}
