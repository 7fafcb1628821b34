namespace WorkflowHub.Governance.Metrics.Rollup;

/// <summary>
/// The metrics counts of one subtree for one UTC day: every request, whistle and pledge counts in the row of each
/// ancestor path of its <c>OrgPath</c> (and its own), for the day it was submitted, raised or created. So a unit's
/// figures over whole days are a seek on (its path, day range), whatever the size of its subtree. Kept current in
/// the transaction of every change by <see cref="MetricsRollupInterceptor"/>.
/// </summary>
public sealed class MetricsDay
{
    /// <summary>A subtree's path, "/d1/s1/": the row counts everything whose OrgPath starts with it.</summary>
    public required string OrgPath { get; set; }
    /// <summary>Days since 0001-01-01 in UTC (<see cref="DateOnly.DayNumber"/>): the stored ticks divided by a day's.</summary>
    public int Day { get; set; }

    public long Received { get; set; }
    public long RespondedOnTime { get; set; }
    public long RatedResolved { get; set; }
    public long ResolvedAnswered { get; set; }
    public long Satisfied { get; set; }
    public long Rated { get; set; }
    public long Closed { get; set; }
    public long Overdue { get; set; }
    public long WhistlesRaised { get; set; }
    public long PledgesMade { get; set; }
    public long PledgesFulfilled { get; set; }
    public double PledgeScoreSum { get; set; }
    public long PledgesScored { get; set; }
}
