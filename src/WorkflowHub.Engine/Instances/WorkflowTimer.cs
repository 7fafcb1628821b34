namespace WorkflowHub.Engine.Instances;

public enum TimerStatus { Pending, Fired, Cancelled }

/// <summary>A durable wait on time. Its id is the key a scheduler uses, so scheduling it twice is harmless.</summary>
public sealed class WorkflowTimer
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid BookmarkId { get; set; }
    public required string ActivityId { get; set; }
    /// <summary>"delay", "deadline", "reminder", ...: the bookmark tag.</summary>
    public required string Purpose { get; set; }
    public DateTimeOffset DueAt { get; set; }
    /// <summary>The working-time calendar (or org unit) the due time was counted on; null for plain elapsed time.</summary>
    public string? Calendar { get; set; }
    public TimerStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FiredAt { get; set; }
}
