using Microsoft.EntityFrameworkCore.ChangeTracking;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Whistles;

namespace WorkflowHub.Governance.Metrics.Rollup;

/// <summary>
/// What one request, whistle or pledge adds to the rollup: its path, its day and its counts, by the README's metric
/// definitions (the same conditions <see cref="MetricsService"/> counts raw rows with).
/// </summary>
public readonly record struct MetricsContribution(string OrgPath, int Day, MetricsCounts Counts)
{
    public static int DayOf(DateTimeOffset at) => (int)(at.UtcTicks / TimeSpan.TicksPerDay);

    public static DateTimeOffset StartOf(int day) => new(day * TimeSpan.TicksPerDay, TimeSpan.Zero);

    /// <summary>The rows a path counts in: "/d1/s1/c1/" counts in "/d1/", "/d1/s1/" and "/d1/s1/c1/".</summary>
    public static IEnumerable<string> Subtrees(string orgPath)
    {
        for (var i = 1; i < orgPath.Length; i++)
            if (orgPath[i] == '/') yield return orgPath[..(i + 1)];
    }

    /// <summary>The contribution of a tracked entity's values (original or current), or none for other entities.</summary>
    public static MetricsContribution? Of(Type entity, PropertyValues values)
    {
        if (entity == typeof(ServiceRequest)) return OfRequest(values);
        if (entity == typeof(Whistle)) return OfWhistle(values);
        if (entity == typeof(Pledge)) return OfPledge(values);
        return null;
    }

    private static MetricsContribution? OfRequest(PropertyValues v)
    {
        var status = v.GetValue<ServiceRequestStatus>(nameof(ServiceRequest.Status));
        var path = v.GetValue<string>(nameof(ServiceRequest.OrgPath));
        if (status == ServiceRequestStatus.Cancelled || path is null) return null;
        var responded = v.GetValue<DateTimeOffset?>(nameof(ServiceRequest.RespondedAt));
        var signForDue = v.GetValue<DateTimeOffset?>(nameof(ServiceRequest.SignForDueAt));
        var resolved = v.GetValue<bool?>(nameof(ServiceRequest.RatedResolved));
        var rating = v.GetValue<Satisfaction?>(nameof(ServiceRequest.Rating));
        return new MetricsContribution(path, DayOf(v.GetValue<DateTimeOffset>(nameof(ServiceRequest.SubmittedAt))), new MetricsCounts(
            Received: 1,
            RespondedOnTime: responded is { } r && signForDue is { } due && r <= due ? 1 : 0,
            RatedResolved: resolved == true ? 1 : 0,
            ResolvedAnswered: resolved is null ? 0 : 1,
            Satisfied: rating is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied ? 1 : 0,
            Rated: rating is null ? 0 : 1,
            Closed: status == ServiceRequestStatus.Closed ? 1 : 0,
            Overdue: v.GetValue<bool>(nameof(ServiceRequest.Overdue)) ? 1 : 0,
            0, 0, 0, 0, 0));
    }

    private static MetricsContribution? OfWhistle(PropertyValues v)
    {
        var path = v.GetValue<string>(nameof(Whistle.OrgPath));
        if (v.GetValue<WhistleStatus>(nameof(Whistle.Status)) == WhistleStatus.Cancelled || path is null) return null;
        return new MetricsContribution(path, DayOf(v.GetValue<DateTimeOffset>(nameof(Whistle.RaisedAt))),
            new MetricsCounts(0, 0, 0, 0, 0, 0, 0, 0, WhistlesRaised: 1, 0, 0, 0, 0));
    }

    private static MetricsContribution? OfPledge(PropertyValues v)
    {
        var path = v.GetValue<string>(nameof(Pledge.OrgPath));
        if (path is null) return null;
        var score = v.GetValue<double?>(nameof(Pledge.Score));
        return new MetricsContribution(path, DayOf(v.GetValue<DateTimeOffset>(nameof(Pledge.CreatedAt))), new MetricsCounts(
            0, 0, 0, 0, 0, 0, 0, 0, 0,
            PledgesMade: 1,
            PledgesFulfilled: v.GetValue<DateTimeOffset?>(nameof(Pledge.FulfilledAt)) is null ? 0 : 1,
            PledgeScoreSum: score ?? 0,
            PledgesScored: score is null ? 0 : 1));
    }
}
