using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;
using WorkflowHub.Governance.Persistence;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Support.DemoTree;

namespace WorkflowHub.Governance.Tests.Metrics;

/// <summary>Metrics read from the daily rollup stay equal to a plain count of the rows while requests move through their workflow.</summary>
public sealed class MetricsRollupTests : IAsyncLifetime
{
    private readonly GovernanceServer _server = new();
    private RequestDriver _app = null!;
    private readonly List<string> _units = [District, Street, Community, Grid1, Grid2];

    public async Task InitializeAsync()
    {
        await SeedAsync(_server);
        _app = new RequestDriver(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_equal_a_plain_count_after_every_state_change_and_a_move()
    {
        var a = await SubmitAsync(Grid1);
        var b = await SubmitAsync(Grid1);
        var c = await SubmitAsync(Grid1);
        await SubmitAsync(Grid2);
        await AssertMetricsEqualPlainCountAsync("after submission");

        await _server.AdvanceAsync(TimeSpan.FromMinutes(30));
        foreach (var request in new[] { a, b })
        {
            await _app.DoAsync(Worker1, Instance(request), "signFor", "SignedFor");
            await _app.DoAsync(Worker1, Instance(request), "contact", "Contacted", new { method = "phone" });
            await _app.DoAsync(Worker1, Instance(request), "handle", "Resolved");
            await _app.DoAsync(Worker1, Instance(request), "reportResult", "Reported", new { summary = "fixed" });
        }
        await _app.RateAsync(Code(a), resolved: true, "SATISFIED");
        await _app.RateAsync(Code(b), resolved: false, "DISSATISFIED");
        await _app.DoAsync(Worker1, Instance(c), "signFor", "Returned", new { returnReason = "grid 2's" });
        await _app.DoAsync(Dispatcher, Instance(c), "dispatch", "Dispatched", new { handlingUnitId = Grid2 });
        await AssertMetricsEqualPlainCountAsync("after sign-for, resolution, rating, redo and re-dispatch");

        await _server.AdvanceAsync(TimeSpan.FromHours(3)); // the last request is never signed for: overdue, and a whistle
        await AssertMetricsEqualPlainCountAsync("after a missed sign-for");

        await _server.AdvanceAsync(TimeSpan.FromHours(25)); // the redo's feedback limit passes
        await AssertMetricsEqualPlainCountAsync("after a missed feedback limit");
        var counted = await _server.QueryAsync(db => db.Set<ServiceRequest>().CountAsync(r => r.Overdue));
        Assert.True(counted >= 2, $"Two requests at least should be overdue by now, {counted} are.");

        await _server.DataAsync("""mutation { createOrgUnit(input: { id: "c2", parentId: "s1", kind: COMMUNITY, name: "Second community" }) { id } }""");
        await _server.DataAsync("""mutation { moveOrgUnit(id: "g2", parentId: "c2") { path } }""");
        _units.Add("c2");
        await AssertMetricsEqualPlainCountAsync("after moving grid 2 to another community");
    }

    [Fact]
    public async Task Should_leave_the_rollup_as_it_was_when_a_save_fails()
    {
        var submitted = await SubmitAsync(Grid1);
        var before = await RollupRowsAsync();

        var failed = await Assert.ThrowsAnyAsync<DbUpdateException>(() => _server.QueryAsync(async db =>
        {
            db.Add(new ServiceRequest
            {
                TrackingCode = Code(submitted), Title = "the same tracking code again", Category = "general", OrgUnitId = Grid2,
                OrgPath = "/d1/s1/c1/g2/", Status = ServiceRequestStatus.Received, SubmittedAt = _server.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("UNIQUE", failed.InnerException?.Message, StringComparison.OrdinalIgnoreCase); // SQLite's and PostgreSQL's wording
        Assert.NotEmpty(before);
        Assert.Equal(before, await RollupRowsAsync());
    }

    private async Task<JsonObject> SubmitAsync(string grid) =>
        (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: grid)))["serviceRequest"]!.AsObject();

    private static string Instance(JsonObject request) => request["instanceId"]!.GetValue<string>();

    private static string Code(JsonObject request) => request["trackingCode"]!.GetValue<string>();

    /// <summary>Whole UTC days (rollup only), a local-time period with partial first and last days, and a window inside one day.</summary>
    private async Task AssertMetricsEqualPlainCountAsync(string when)
    {
        var now = _server.Clock.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var china = TimeSpan.FromHours(8);
        var periods = new[]
        {
            (today.AddDays(-2), today.AddDays(3)),
            (new DateTimeOffset(today.AddDays(-1).DateTime, china), new DateTimeOffset(today.AddDays(2).DateTime, china).AddHours(13.5)),
            (now.AddHours(-40), now.AddHours(1)),
            (now.AddHours(-2), now.AddMinutes(1)),
        };
        foreach (var unit in _units)
        foreach (var (from, to) in periods)
        {
            var m = (await _server.DataAsync("""
                query($u: ID!, $f: DateTime!, $t: DateTime!) { metrics(orgUnitId: $u, from: $f, to: $t) {
                  received whistlesRaised pledgesMade
                  respondedOnTime { numerator denominator } resolved { numerator denominator } satisfied { numerator denominator }
                  closed { numerator denominator } overdue { numerator denominator } } }
                """, new { u = unit, f = from, t = to }))["metrics"]!;
            var e = await PlainCount.CountAsync(_server, unit, from, to);
            var expected = new[] { e.Received, e.OnTime, e.Resolved, e.Rated, e.Satisfied, e.Rated, e.Closed, e.Overdue, e.Whistles, e.Pledges };
            var actual = new[]
            {
                (long)m["received"]!, (long)m["respondedOnTime"]!["numerator"]!, (long)m["resolved"]!["numerator"]!, (long)m["resolved"]!["denominator"]!,
                (long)m["satisfied"]!["numerator"]!, (long)m["satisfied"]!["denominator"]!, (long)m["closed"]!["numerator"]!, (long)m["overdue"]!["numerator"]!,
                (long)m["whistlesRaised"]!, (long)m["pledgesMade"]!,
            };
            Assert.True(expected.SequenceEqual(actual), $"{when}, {unit} over [{from:O}, {to:O}): expected {string.Join(",", expected)}, got {string.Join(",", actual)}");
        }
        var kept = await RollupRowsAsync();
        Assert.NotEmpty(kept);
        Assert.Equal(kept, await RebuiltRollupRowsAsync());
    }

    /// <summary>The rollup as kept, then as the backfill step builds it from the rows: they must be the same (rows of zeros aside).</summary>
    private async Task<List<string>> RebuiltRollupRowsAsync()
    {
        await _server.QueryAsync(db =>
        {
            var backfill = GovernanceSchemaStep.All().Single(s => s.Version == 2402).Statements(SqlDialect.Of(db).Name)[0];
            return db.Database.ExecuteSqlRawAsync(backfill);
        });
        return await RollupRowsAsync();
    }

    private Task<List<string>> RollupRowsAsync() => _server.QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "OrgPath", "Day", "Received", "RespondedOnTime", "RatedResolved", "ResolvedAnswered", "Satisfied", "Rated", "Closed", "Overdue",
                   "WhistlesRaised", "PledgesMade", "PledgesFulfilled", "PledgeScoreSum", "PledgesScored"
            FROM governance_metrics_days ORDER BY "OrgPath", "Day"
            """;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var counts = Enumerable.Range(2, reader.FieldCount - 2).Select(i => Convert.ToDouble(reader.GetValue(i))).ToList();
            if (counts.Any(n => n != 0)) rows.Add($"{reader.GetString(0)} {reader.GetInt32(1)}: {string.Join(",", counts)}");
        }
        return rows;
    });
}
