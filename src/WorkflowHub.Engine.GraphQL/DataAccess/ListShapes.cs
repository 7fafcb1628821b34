using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.Data.Filtering;
using WorkflowHub.GraphQL.Data.Sorting;

namespace WorkflowHub.Engine.GraphQL.DataAccess;

/// <summary>What clients may filter and sort the engine's lists by — each backed by an index or a small table.</summary>
public static class ListShapes
{
    public static readonly FilterFields<WorkflowInstance> InstanceFilters = new FilterFields<WorkflowInstance>()
        .Field("id", i => i.Id)
        .Field("definitionId", i => i.DefinitionId)
        .Field("version", i => i.DefinitionVersion)
        .Field("status", i => i.Status)
        .Field("businessStatus", i => i.BusinessStatus)
        .Field("businessKey", i => i.BusinessKey)
        .Field("parentInstanceId", i => i.ParentInstanceId)
        .Field("createdAt", i => i.CreatedAt)
        .Field("updatedAt", i => i.UpdatedAt)
        .Field("finishedAt", i => i.FinishedAt);

    public static readonly SortFields<WorkflowInstance> InstanceOrder = new SortFields<WorkflowInstance>()
        .Field("createdAt", i => i.CreatedAt)
        .Field("updatedAt", i => i.UpdatedAt)
        .Field("definitionId", i => i.DefinitionId)
        .Field("status", i => i.Status)
        .Field("businessKey", i => i.BusinessKey)
        .DefaultOrder<DateTimeOffset>("createdAt", SortDirection.Desc)
        .TieBreaker("id", i => i.Id);

    public static readonly FilterFields<TaskItem> TaskFilters = new FilterFields<TaskItem>()
        .Field("id", t => t.Id)
        .Field("instanceId", t => t.InstanceId)
        .Field("definitionId", t => t.DefinitionId)
        .Field("activityId", t => t.ActivityId)
        .Field("status", t => t.Status)
        .Field("assigneeRole", t => t.AssigneeRole)
        .Field("orgUnitId", t => t.OrgUnitId)
        .Field("claimedBy", t => t.ClaimedBy)
        .Field("createdAt", t => t.CreatedAt)
        .Field("dueAt", t => t.DueAt);

    public static readonly SortFields<TaskItem> TaskOrder = new SortFields<TaskItem>()
        .Field("createdAt", t => t.CreatedAt)
        .Field("dueAt", t => t.DueAt)
        .Field("title", t => t.Title)
        .DefaultOrder<DateTimeOffset>("createdAt", SortDirection.Desc)
        .TieBreaker("id", t => t.Id);
}
