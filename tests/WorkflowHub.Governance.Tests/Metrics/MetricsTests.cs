using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.OrgUnits;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Governance.Whistles;

namespace WorkflowHub.Governance.Tests.Metrics;

public sealed class MetricsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Paths = ["/d1/s1/", "/d1/s1/c1/", "/d1/s1/c1/g1/", "/d1/s1/c1/g2/", "/d1/s2/"];

    [Fact]
    public async Task Should_equal_an_independent_sql_count_over_a_seeded_data_set()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);
        await SeedAsync(server);
        var from = Start.AddDays(30);
        var to = Start.AddDays(200);

        foreach (var unit in new[] { "s1", "c1", "g1", "s2", "d1" })
        {
            var data = await server.DataAsync("""
                query($u: ID!, $f: DateTime!, $t: DateTime!) { metrics(orgUnitId: $u, from: $f, to: $t) {
                  received whistlesRaised pledgesMade
                  respondedOnTime { numerator denominator value } resolved { numerator denominator } satisfied { numerator denominator value }
                  closed { numerator denominator } overdue { numerator denominator }
                  pledgesFulfilled { numerator denominator } pledgeAverageScore { numerator denominator value } } }
                """, new { u = unit, f = from, t = to });
            var m = data["metrics"]!;
            var expected = await PlainCount.CountAsync(server, unit, from, to);

            Assert.True(expected.Received > 20, $"The seed should give {unit} a real sample.");
            Assert.Equal(expected.Received, (long)m["received"]!);
            Assert.Equal(expected.OnTime, (long)m["respondedOnTime"]!["numerator"]!);
            Assert.Equal(expected.Received, (long)m["respondedOnTime"]!["denominator"]!);
            Assert.Equal((double)expected.OnTime / expected.Received, (double)m["respondedOnTime"]!["value"]!, 9);
            Assert.Equal(expected.Resolved, (long)m["resolved"]!["numerator"]!);
            Assert.Equal(expected.Rated, (long)m["resolved"]!["denominator"]!);
            Assert.Equal(expected.Satisfied, (long)m["satisfied"]!["numerator"]!);
            Assert.Equal(expected.Rated, (long)m["satisfied"]!["denominator"]!);
            Assert.Equal(expected.Closed, (long)m["closed"]!["numerator"]!);
            Assert.Equal(expected.Overdue, (long)m["overdue"]!["numerator"]!);
            Assert.Equal(expected.Whistles, (long)m["whistlesRaised"]!);
            Assert.Equal(expected.Pledges, (long)m["pledgesMade"]!);
            Assert.Equal(expected.Fulfilled, (long)m["pledgesFulfilled"]!["numerator"]!);
            Assert.Equal(expected.Scored, (long)m["pledgeAverageScore"]!["denominator"]!);
            Assert.Equal(expected.AverageScore, (double)m["pledgeAverageScore"]!["value"]!, 9);
        }
    }

    [Fact]
    public async Task Should_refuse_an_unknown_unit_and_an_empty_period()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);
        const string query = "query($u: ID!, $f: DateTime!, $t: DateTime!) { metrics(orgUnitId: $u, from: $f, to: $t) { received } }";

        var unknown = await OrgTree.ErrorAsync(server, query, new { u = "nowhere", f = Start, t = Start.AddDays(1) });
        var empty = await OrgTree.ErrorAsync(server, query, new { u = "d1", f = Start, t = Start });

        Assert.Equal("NOT_FOUND", (string)unknown["extensions"]!["code"]!);
        Assert.Equal(["to"], OrgTree.Paths(empty));
    }

    [Fact]
    public async Task Should_give_no_value_for_a_rate_with_nothing_counted()
    {
        await using var server = new GovernanceServer();
        await OrgTree.ImportAsync(server);

        var data = await server.DataAsync("""{ metrics(orgUnitId: "d1", from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { received satisfied { numerator denominator value } } }""");

        Assert.Equal(0, (int)data["metrics"]!["received"]!);
        Assert.Null(data["metrics"]!["satisfied"]!["value"]);
    }

    /// <summary>A few hundred rows with known, varied states over two streets and a year, written directly.</summary>
    private static async Task SeedAsync(GovernanceServer server)
    {
        var random = new Random(5);
        await server.QueryAsync(async db =>
        {
            for (var i = 0; i < 600; i++)
            {
                var submitted = Start.AddHours(random.Next(0, 365 * 24));
                var signForDue = random.Next(10) == 0 ? (DateTimeOffset?)null : submitted.AddHours(2);
                var rated = random.Next(3) > 0;
                db.Add(new ServiceRequest
                {
                    TrackingCode = $"SR-{i}", Title = "Request " + i, Category = "general", OrgUnitId = "x", OrgPath = Paths[random.Next(Paths.Length)],
                    Status = (ServiceRequestStatus)random.Next(10), SubmittedAt = submitted, SignForDueAt = signForDue,
                    RespondedAt = random.Next(4) == 0 ? null : submitted.AddMinutes(random.Next(0, 240)),
                    Overdue = random.Next(5) == 0,
                    RatedResolved = rated ? random.Next(4) > 0 : null,
                    Rating = rated ? (Satisfaction)random.Next(3) : null,
                });
            }
            for (var i = 0; i < 120; i++)
                db.Add(new Whistle
                {
                    Title = "Whistle " + i, OrgUnitId = "x", OrgPath = Paths[random.Next(Paths.Length)], Status = (WhistleStatus)random.Next(5),
                    RaisedAt = Start.AddHours(random.Next(0, 365 * 24)),
                });
            for (var i = 0; i < 150; i++)
            {
                var status = (PledgeStatus)random.Next(7);
                db.Add(new Pledge
                {
                    MemberId = "m" + i, BranchId = "x", OrgPath = Paths[random.Next(Paths.Length)], Title = "Pledge " + i, Target = "t", Status = status,
                    CreatedAt = Start.AddHours(random.Next(0, 365 * 24)),
                    FulfilledAt = status is PledgeStatus.Fulfilled or PledgeStatus.Reviewed ? Start.AddDays(300) : null,
                    Score = status == PledgeStatus.Reviewed ? random.Next(10, 50) / 10.0 : null,
                });
            }
            return await db.SaveChangesAsync();
        });
    }
}
