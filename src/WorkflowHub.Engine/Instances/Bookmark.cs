namespace WorkflowHub.Engine.Instances;

public enum BookmarkKind { Task, Timer, Signal, Child }

/// <summary>A point where a path of an instance waits. Consumed once; a second resume is a no-op.</summary>
public sealed class Bookmark
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ActivityId { get; set; }
    /// <summary>Identifies one execution of the activity; completing it closes all its bookmarks.</summary>
    public Guid ExecutionId { get; set; }
    public BookmarkKind Kind { get; set; }
    /// <summary>What the activity uses this bookmark for, e.g. "task", "deadline", "reminder".</summary>
    public required string Tag { get; set; }
    public string? SignalName { get; set; }
    public string? CorrelationKey { get; set; }
    public Guid? ChildInstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
    /// <summary>"resumed" or "cancelled" once consumed.</summary>
    public string? ConsumedHow { get; set; }
}
