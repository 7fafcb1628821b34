namespace WorkflowHub.Engine.Instances;

/// <summary>A fault in an activity. The instance stays Faulted until the incident is retried.</summary>
public sealed class Incident
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string ErrorType { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public int RetryCount { get; set; }
}
