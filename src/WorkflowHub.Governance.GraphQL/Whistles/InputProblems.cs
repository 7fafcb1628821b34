using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.Persistence;

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

internal static class GovernanceQueries
{
    public static string? PersonId(this ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    /// <summary>The path range of an org unit's subtree, for a SQL range filter on OrgPath; NOT_FOUND when there is no such unit.</summary>
    public static (string From, string To) Subtree(WorkflowHubDbContext db, string orgUnitId)
    {
        var path = db.Set<OrgUnit>().Where(u => u.Id == orgUnitId).Select(u => u.Path).FirstOrDefault()
            ?? throw new GraphQLException($"No org unit '{orgUnitId}'.", EngineErrors.NotFound);
        return (path, OrgUnit.SubtreeEnd(path));
    }
}
