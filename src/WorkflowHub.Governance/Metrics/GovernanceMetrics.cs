namespace WorkflowHub.Governance.Metrics;

/// <summary>A rate kept with its parts, as the reports quote it ("1303 of 1354 = 96.2%"); no value when nothing was counted.</summary>
public sealed record Rate(double Numerator, long Denominator)
{
    public double? Value => Denominator == 0 ? null : Numerator / Denominator;
}

/// <summary>The figures of one unit and its subtree for a period; the README's Metrics section defines each.</summary>
public sealed record GovernanceMetrics(
    string OrgUnitId,
    DateTimeOffset From,
    DateTimeOffset To,
    long Received,
    Rate RespondedOnTime,
    Rate Resolved,
    Rate Satisfied,
    Rate Closed,
    Rate Overdue,
    long WhistlesRaised,
    long PledgesMade,
    Rate PledgesFulfilled,
    Rate PledgeAverageScore);
