namespace WorkflowHub.Governance.Metrics.Rollup;

/// <summary>What one row (or a difference of rows) adds to a <see cref="MetricsDay"/>, in the column order of <see cref="Columns"/>.</summary>
public readonly record struct MetricsCounts(
    long Received, long RespondedOnTime, long RatedResolved, long ResolvedAnswered, long Satisfied, long Rated, long Closed, long Overdue,
    long WhistlesRaised, long PledgesMade, long PledgesFulfilled, double PledgeScoreSum, long PledgesScored)
{
    public static readonly string[] Columns =
    [
        nameof(Received), nameof(RespondedOnTime), nameof(RatedResolved), nameof(ResolvedAnswered), nameof(Satisfied), nameof(Rated),
        nameof(Closed), nameof(Overdue), nameof(WhistlesRaised), nameof(PledgesMade), nameof(PledgesFulfilled), nameof(PledgeScoreSum),
        nameof(PledgesScored),
    ];

    public bool IsZero => this == default;

    public object[] Values() =>
    [
        Received, RespondedOnTime, RatedResolved, ResolvedAnswered, Satisfied, Rated, Closed, Overdue,
        WhistlesRaised, PledgesMade, PledgesFulfilled, PledgeScoreSum, PledgesScored,
    ];

    public static MetricsCounts operator +(MetricsCounts a, MetricsCounts b) => new(
        a.Received + b.Received, a.RespondedOnTime + b.RespondedOnTime, a.RatedResolved + b.RatedResolved, a.ResolvedAnswered + b.ResolvedAnswered,
        a.Satisfied + b.Satisfied, a.Rated + b.Rated, a.Closed + b.Closed, a.Overdue + b.Overdue, a.WhistlesRaised + b.WhistlesRaised,
        a.PledgesMade + b.PledgesMade, a.PledgesFulfilled + b.PledgesFulfilled, a.PledgeScoreSum + b.PledgeScoreSum, a.PledgesScored + b.PledgesScored);

    public static MetricsCounts operator -(MetricsCounts a) => new(
        -a.Received, -a.RespondedOnTime, -a.RatedResolved, -a.ResolvedAnswered, -a.Satisfied, -a.Rated, -a.Closed, -a.Overdue,
        -a.WhistlesRaised, -a.PledgesMade, -a.PledgesFulfilled, -a.PledgeScoreSum, -a.PledgesScored);
}
