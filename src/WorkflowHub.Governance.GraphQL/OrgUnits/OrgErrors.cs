using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

/// <summary>The org tree's refusals as GraphQL errors: BAD_USER_INPUT with every problem and its path, or NOT_FOUND.</summary>
public static class OrgErrors
{
    public static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (OrgInputException e)
        {
            throw EngineErrors.Listing(e.Errors, EngineErrors.InputInvalid, "The input was refused");
        }
        catch (OrgNotFoundException e)
        {
            throw new GraphQLException(e.Message, EngineErrors.NotFound, innerException: e);
        }
    }
}
