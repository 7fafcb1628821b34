using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

public static class SubtreeQueries
{
    /// <summary>The path range [from, to) of a unit's subtree, for a SQL range filter on a path column; NOT_FOUND for an unknown unit.</summary>
    public static async Task<(string From, string To)> RangeAsync(RequestDbContexts db, string unitId, CancellationToken ct)
    {
        var path = await db.Open().Set<OrgUnit>().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct)
                   ?? throw new GraphQLException($"No org unit '{unitId}'.", EngineErrors.NotFound);
        return (path, OrgUnit.SubtreeEnd(path));
    }
}
