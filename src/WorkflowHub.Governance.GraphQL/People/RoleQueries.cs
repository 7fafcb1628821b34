using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.People;

[QueryType]
public sealed class RoleQueries
{
    [Authorize]
    [GraphQLDescription("The role names people hold and workflows assign tasks to (HumanTask.assigneeRole), e.g. grid-worker.")]
    public IReadOnlyList<string> GetRoles() => Roles.All;
}
