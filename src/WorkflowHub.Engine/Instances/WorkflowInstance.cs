namespace WorkflowHub.Engine.Instances;

public enum InstanceStatus { Running, Completed, Cancelled, Faulted }

/// <summary>One run of a definition version. Variables and execution state are stored as JSON text.</summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public InstanceStatus Status { get; set; }
    /// <summary>The business status set by SetStatus activities, e.g. "dispatched".</summary>
    public string? BusinessStatus { get; set; }
    public string? BusinessStatusNote { get; set; }
    public string? BusinessKey { get; set; }
    /// <summary>Caller-supplied idempotency key: a second start with the same key returns this instance.</summary>
    public string? StartRequestId { get; set; }
    public Guid? ParentInstanceId { get; set; }
    public string VariablesJson { get; set; } = "{}";
    public string InputJson { get; set; } = "{}";
    public string StateJson { get; set; } = "{}";
    public string? StartedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>Sequence number of the last journal entry written for this instance.</summary>
    public int JournalSequence { get; set; }
    /// <summary>Optimistic concurrency token: every commit of the instance increments it.</summary>
    public int Revision { get; set; }
}
