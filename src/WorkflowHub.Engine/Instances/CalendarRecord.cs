namespace WorkflowHub.Engine.Instances;

/// <summary>A stored working-time calendar: its definition as JSON, as the API saved it.</summary>
public sealed class CalendarRecord
{
    public required string Name { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
