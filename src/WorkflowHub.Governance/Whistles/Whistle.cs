using WorkflowHub.Governance.ServiceRequests;

namespace WorkflowHub.Governance.Whistles;

/// <summary>How urgent a whistle is: who must respond and how fast.</summary>
public enum WhistleGrade { Blue, Yellow, Red }

public enum WhistleStatus { Raised, ReportedIn, Noticed, Resolved, Cancelled }

/// <summary>A matter "whistled" up the grid (吹哨报到): a department must report in within the grade's limit, or it escalates.</summary>
public sealed class Whistle
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public WhistleGrade Grade { get; set; }
    public EscalationLevel Level { get; set; }
    /// <summary>The unit that blew the whistle.</summary>
    public required string OrgUnitId { get; set; }
    public required string OrgPath { get; set; }
    /// <summary>The unit whose departments must report in now: the whistle's own unit, then each parent it was raised to.</summary>
    public string? RespondingUnitId { get; set; }
    /// <summary>The request whose missed deadline raised it, or that a worker whistled about.</summary>
    public Guid? ServiceRequestId { get; set; }
    /// <summary>Raised by a missed deadline rather than by a person.</summary>
    public bool Automatic { get; set; }
    public string? RaisedBy { get; set; }
    public WhistleStatus Status { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ReportInDueAt { get; set; }
    public DateTimeOffset? ReportedInAt { get; set; }
    /// <summary>The department that reported in.</summary>
    public string? ReportedInBy { get; set; }
    /// <summary>How many times a missed report-in limit raised the level.</summary>
    public int Upgrades { get; set; }
    /// <summary>When a public notice (通报) was recorded because nobody reported in.</summary>
    public DateTimeOffset? NoticedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? Result { get; set; }
    public Guid? InstanceId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
