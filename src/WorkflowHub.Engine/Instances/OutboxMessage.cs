namespace WorkflowHub.Engine.Instances;

/// <summary>A notification written in the same transaction as the step that caused it; a channel delivers it later.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
