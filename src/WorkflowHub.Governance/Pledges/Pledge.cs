namespace WorkflowHub.Governance.Pledges;

/// <summary>The three lists a pledge is drawn from: residents' problems, residents' needs, and tasks set by the organisation.</summary>
public enum PledgeSource { Problem, Need, Task }

public enum PledgeStatus { Submitted, Returned, Published, Fulfilled, Reviewed, Lapsed, Failed }

/// <summary>A party member's pledge (承诺践诺): reviewed by the branch, published, fulfilled with evidence, scored.</summary>
public sealed class Pledge
{
    public Guid Id { get; set; }
    public required string MemberId { get; set; }
    /// <summary>The org unit of the member's party branch.</summary>
    public required string BranchId { get; set; }
    public required string OrgPath { get; set; }
    public required string Title { get; set; }
    public PledgeSource Source { get; set; }
    /// <summary>What counts as done, measurably ("repair 3 street lamps").</summary>
    public required string Target { get; set; }
    public int Year { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public PledgeStatus Status { get; set; }
    public int ReturnCount { get; set; }
    public string? ReturnReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? FulfilledAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    /// <summary>Scores 1–5 from residents, peers and the branch, and their weighted result.</summary>
    public double? ResidentScore { get; set; }
    public double? PeerScore { get; set; }
    public double? BranchScore { get; set; }
    public double? Score { get; set; }
    /// <summary>Lapsed without fulfilment: flagged until explained.</summary>
    public bool Flagged { get; set; }
    public string? Explanation { get; set; }
    public Guid? InstanceId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A progress note on a published pledge, with an optional evidence link.</summary>
public sealed class PledgeProgress
{
    public Guid Id { get; set; }
    public Guid PledgeId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Note { get; set; }
    public string? EvidenceUrl { get; set; }
    public string? Actor { get; set; }
}
