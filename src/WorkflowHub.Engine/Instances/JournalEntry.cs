namespace WorkflowHub.Engine.Instances;

/// <summary>One step in an instance's history, in order of <see cref="Sequence"/>.</summary>
public sealed class JournalEntry
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public int Sequence { get; set; }
    /// <summary>Null for instance-level events (started, completed, cancelled, retried).</summary>
    public string? ActivityId { get; set; }
    public string? ActivityType { get; set; }
    public required string Event { get; set; }
    public string? Outcome { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Inputs, outputs or the error, truncated to <see cref="JournalLimits.MaxDataChars"/>.</summary>
    public string? Data { get; set; }
}

public static class JournalEvents
{
    public const string InstanceStarted = "InstanceStarted";
    public const string InstanceCompleted = "InstanceCompleted";
    public const string InstanceCancelled = "InstanceCancelled";
    public const string InstanceRetried = "InstanceRetried";
    public const string InstanceMigrated = "InstanceMigrated";
    public const string Entered = "ActivityEntered";
    public const string Completed = "ActivityCompleted";
    public const string Waiting = "ActivityWaiting";
    public const string Resumed = "ActivityResumed";
    public const string Faulted = "ActivityFaulted";
    public const string Cancelled = "ActivityCancelled";
}

public static class JournalLimits
{
    public const int MaxDataChars = 4000;

    public static string? Bound(string? data) =>
        data is null || data.Length <= MaxDataChars ? data : data[..(MaxDataChars - 20)] + "…[truncated]";
}
