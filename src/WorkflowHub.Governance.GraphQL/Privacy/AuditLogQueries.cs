using System.Linq.Expressions;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.Security.Audit;

namespace WorkflowHub.Governance.GraphQL.Privacy;

[GraphQLName("AuditEntry")]
[GraphQLDescription("One read of unmasked personal data or one export: who, what, when and why. Entries are never changed or removed.")]
public sealed class AuditEntryNode
{
    public Guid Id { get; init; }
    public DateTimeOffset At { get; init; }
    [GraphQLDescription("READ_PERSONAL_DATA or EXPORT.")]
    public required string Action { get; init; }
    public string? ActorPersonId { get; init; }
    public required string ActorName { get; init; }
    public required string Entity { get; init; }
    public required string EntityId { get; init; }
    [GraphQLDescription("The fields read or exported, comma-separated.")]
    public required string Fields { get; init; }
    [GraphQLDescription("The rule that allowed it, e.g. \"assignee\" or \"street-officer over /d1/s1/\".")]
    public required string Reason { get; init; }

    public static readonly Expression<Func<AuditEntry, AuditEntryNode>> Projection = e => new AuditEntryNode
    {
        Id = e.Id, At = e.At, Action = e.Action, ActorPersonId = e.ActorPersonId, ActorName = e.ActorName,
        Entity = e.Entity, EntityId = e.EntityId, Fields = e.Fields, Reason = e.Reason,
    };
}

[QueryType]
public sealed class AuditLogQueries
{
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("The audit log, oldest first unless ordered otherwise; e.g. where: { entityId: { eq: \"…\" }, action: { eq: \"READ_PERSONAL_DATA\" } }.")]
    public IQueryable<AuditEntryNode> GetAuditLog([Service] RequestDbContexts db) =>
        db.Open().Set<AuditEntry>().OrderBy(e => e.At).Select(AuditEntryNode.Projection);
}
