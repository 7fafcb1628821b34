using WorkflowHub.Governance.People;
using WorkflowHub.Governance.GraphQL.OrgUnits;
using WorkflowHub.Governance.Metrics;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Governance.GraphQL.Access;
using WorkflowHub.Security;

namespace WorkflowHub.Governance.GraphQL.Metrics;

[GraphQLName("Rate")]
[GraphQLDescription("A rate with its parts: value = numerator / denominator, null when the denominator is 0.")]
public sealed record RateNode(double Numerator, long Denominator, double? Value)
{
    public static RateNode From(Rate rate) => new(rate.Numerator, rate.Denominator, rate.Value);
}

[GraphQLName("Metrics")]
[GraphQLDescription("The figures of a unit and its subtree for a period [from, to); the README's Metrics section defines each.")]
public sealed record MetricsNode(
    string OrgUnitId, DateTimeOffset From, DateTimeOffset To,
    [property: GraphQLDescription("Requests submitted in the period (cancelled ones left out): the cohort the request rates count over.")] long Received,
    [property: GraphQLDescription("Received requests whose resident was contacted by the sign-for deadline.")] RateNode RespondedOnTime,
    [property: GraphQLDescription("Rated requests the resident said were resolved.")] RateNode Resolved,
    [property: GraphQLDescription("Rated requests rated SATISFIED or BASICALLY_SATISFIED.")] RateNode Satisfied,
    [property: GraphQLDescription("Received requests now closed.")] RateNode Closed,
    [property: GraphQLDescription("Received requests that missed a deadline.")] RateNode Overdue,
    [property: GraphQLDescription("Whistles raised in the period (cancelled ones left out).")] long WhistlesRaised,
    [property: GraphQLDescription("Pledges created in the period.")] long PledgesMade,
    [property: GraphQLDescription("Pledges made in the period that have been fulfilled.")] RateNode PledgesFulfilled,
    [property: GraphQLDescription("The mean weighted score of scored pledges: numerator is the sum of scores, denominator how many.")] RateNode PledgeAverageScore);

[QueryType]
public sealed class MetricsQueries
{
    // Counts and rates carry no personal data: workflow admins, who run the studio's dashboard, see them too.
    private static readonly IReadOnlySet<string> Viewers = new HashSet<string>(ActorScope.SubtreeRoles) { Roles.WorkflowAdmin };

    [GraphQLDescription("Counts and rates for a unit and everything under it, over [from, to), computed by SQL aggregation.")]
    public Task<MetricsNode> GetMetricsAsync([ID] string orgUnitId, DateTimeOffset from, DateTimeOffset to, [Service] MetricsService metrics,
        [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct) =>
        OrgErrors.Guard(async () =>
        {
            var (path, _) = await SubtreeQueries.RangeAsync(db, orgUnitId, ct);
            if (!ActorScope.Covers(actor, Viewers, path)) throw new AuthorizationException(AuthorizeResult.NotAllowed);
            var m = await metrics.ComputeAsync(orgUnitId, from, to, ct);
            return new MetricsNode(m.OrgUnitId, m.From, m.To, m.Received, RateNode.From(m.RespondedOnTime), RateNode.From(m.Resolved),
                RateNode.From(m.Satisfied), RateNode.From(m.Closed), RateNode.From(m.Overdue), m.WhistlesRaised, m.PledgesMade,
                RateNode.From(m.PledgesFulfilled), RateNode.From(m.PledgeAverageScore));
        });
}
