namespace WorkflowHub.Engine.Instances;

public enum DefinitionStatus { Draft, Published, Retired }

/// <summary>A stored definition version. A definition has at most one draft; published versions never change.</summary>
public sealed class DefinitionRecord
{
    public Guid Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public DefinitionStatus Status { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}
