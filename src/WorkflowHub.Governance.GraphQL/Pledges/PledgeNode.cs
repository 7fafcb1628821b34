using System.Linq.Expressions;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.Pledges;

[GraphQLName("Pledge")]
[GraphQLDescription("A party member's pledge (承诺践诺): reviewed by the branch, published, fulfilled with evidence, scored.")]
public sealed class PledgeNode
{
    public Guid Id { get; init; }
    public required string MemberId { get; init; }
    [GraphQLDescription("The org unit of the member's party branch.")]
    public required string BranchId { get; init; }
    public required string OrgPath { get; init; }
    public required string Title { get; init; }
    public PledgeSource Source { get; init; }
    [GraphQLDescription("What counts as done, measurably.")]
    public required string Target { get; init; }
    public int Year { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public PledgeStatus Status { get; init; }
    public int ReturnCount { get; init; }
    [GraphQLDescription("Why the branch last returned it.")]
    public string? ReturnReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? FulfilledAt { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public double? ResidentScore { get; init; }
    public double? PeerScore { get; init; }
    public double? BranchScore { get; init; }
    [GraphQLDescription("The weighted score; the weights are variables of the pledge-review workflow.")]
    public double? Score { get; init; }
    [GraphQLDescription("Lapsed without fulfilment and not yet explained.")]
    public bool Flagged { get; init; }
    public string? Explanation { get; init; }
    public Guid? InstanceId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static readonly Expression<Func<Pledge, PledgeNode>> Projection = p => new PledgeNode
    {
        Id = p.Id,
        MemberId = p.MemberId,
        BranchId = p.BranchId,
        OrgPath = p.OrgPath,
        Title = p.Title,
        Source = p.Source,
        Target = p.Target,
        Year = p.Year,
        DueAt = p.DueAt,
        Status = p.Status,
        ReturnCount = p.ReturnCount,
        ReturnReason = p.ReturnReason,
        CreatedAt = p.CreatedAt,
        PublishedAt = p.PublishedAt,
        FulfilledAt = p.FulfilledAt,
        ReviewedAt = p.ReviewedAt,
        ResidentScore = p.ResidentScore,
        PeerScore = p.PeerScore,
        BranchScore = p.BranchScore,
        Score = p.Score,
        Flagged = p.Flagged,
        Explanation = p.Explanation,
        InstanceId = p.InstanceId,
        UpdatedAt = p.UpdatedAt,
    };
}

[GraphQLName("PledgeProgress")]
[GraphQLDescription("A progress note on a published pledge, with an optional evidence link.")]
public sealed class PledgeProgressNode
{
    public Guid Id { get; init; }
    public Guid PledgeId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Note { get; init; }
    public string? EvidenceUrl { get; init; }
    public string? Actor { get; init; }

    public static readonly Expression<Func<PledgeProgress, PledgeProgressNode>> Projection = p => new PledgeProgressNode
    {
        Id = p.Id,
        PledgeId = p.PledgeId,
        At = p.At,
        Note = p.Note,
        EvidenceUrl = p.EvidenceUrl,
        Actor = p.Actor,
    };
}
