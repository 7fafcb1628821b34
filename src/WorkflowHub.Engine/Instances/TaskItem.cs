namespace WorkflowHub.Engine.Instances;

public enum TaskItemStatus { Open, Claimed, Completed, Cancelled }

/// <summary>A human task created by a HumanTask activity, completed through <c>CompleteTaskAsync</c>.</summary>
public sealed class TaskItem
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid BookmarkId { get; set; }
    public required string ActivityId { get; set; }
    public required string DefinitionId { get; set; }
    public required string Title { get; set; }
    public required string AssigneeRole { get; set; }
    public string? OrgUnitId { get; set; }
    public string OutcomesJson { get; set; } = "[]";
    public string FormFieldsJson { get; set; } = "[]";
    public TaskItemStatus Status { get; set; }
    public string? ClaimedBy { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
    public string? ResultJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
