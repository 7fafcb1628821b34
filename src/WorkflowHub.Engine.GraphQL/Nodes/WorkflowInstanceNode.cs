using System.Linq.Expressions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Engine.GraphQL.Nodes;

/// <summary>
/// What clients see of an instance. Lists are queried as this projection, so filters, sorting and
/// paging apply to exactly these fields and run in SQL; execution state and concurrency tokens stay inside.
/// </summary>
[GraphQLName("WorkflowInstance")]
public sealed class WorkflowInstanceNode
{
    public Guid Id { get; init; }
    public required string DefinitionId { get; init; }
    public int Version { get; init; }
    public InstanceStatus Status { get; init; }
    [GraphQLDescription("The business status set by the workflow's SetStatus steps, such as \"dispatched\".")]
    public string? BusinessStatus { get; init; }
    public string? BusinessStatusNote { get; init; }
    public string? BusinessKey { get; init; }
    public Guid? ParentInstanceId { get; init; }
    public string? StartedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    [GraphQLIgnore]
    public string VariablesJson { get; init; } = "{}";

    public static readonly Expression<Func<WorkflowInstance, WorkflowInstanceNode>> Projection = i => new WorkflowInstanceNode
    {
        Id = i.Id,
        DefinitionId = i.DefinitionId,
        Version = i.DefinitionVersion,
        Status = i.Status,
        BusinessStatus = i.BusinessStatus,
        BusinessStatusNote = i.BusinessStatusNote,
        BusinessKey = i.BusinessKey,
        ParentInstanceId = i.ParentInstanceId,
        StartedBy = i.StartedBy,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        FinishedAt = i.FinishedAt,
        VariablesJson = i.VariablesJson,
    };
}
