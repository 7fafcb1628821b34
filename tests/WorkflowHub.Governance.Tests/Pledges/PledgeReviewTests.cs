using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Pledges.PledgeApi;

namespace WorkflowHub.Governance.Tests.Pledges;

public sealed class PledgeReviewTests
{
    private static readonly DateTimeOffset EndOfYear = new(2026, 12, 15, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_take_a_vague_pledge_through_return_resubmission_publication_fulfilment_and_a_weighted_review()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);

        var created = (await CreateAsync(server, "Help the elderly", EndOfYear, target: "Help some elderly neighbours"))["data"]!["createPledge"]!.AsObject();
        var id = Text(created, "id");
        Assert.Equal(("SUBMITTED", "c1", 2026), (Text(created, "status"), Text(created, "branchId"), created["year"]!.GetValue<int>()));
        Assert.Equal(["review"], OpenActivities(created));

        var returned = await MutateAsync(server, "reviewPledge(pledgeId: $id, decision: RETURN, reason: $reason)", "($id: UUID!, $reason: String)",
            new { id, reason = "Too vague: say whom, how often and how we will know" }, "secretary-1");
        Assert.Equal(("RETURNED", 1, "Too vague: say whom, how often and how we will know"),
            (Text(returned, "status"), returned["returnCount"]!.GetValue<int>(), Text(returned, "returnReason")));
        Assert.Equal(["revise"], OpenActivities(returned));

        var revised = await MutateAsync(server, "revisePledge(input: $input)", "($input: RevisePledgeInput!)",
            new { input = new { pledgeId = id, target = "Visit the 4 elderly residents of building 3 every week and log each visit" } }, SmallGrid.Member);
        Assert.Equal(("SUBMITTED", "Visit the 4 elderly residents of building 3 every week and log each visit", "Help the elderly"),
            (Text(revised, "status"), Text(revised, "target"), Text(revised, "title")));
        Assert.Equal(["review"], OpenActivities(revised));

        var published = await MutateAsync(server, "reviewPledge(pledgeId: $id, decision: APPROVE)", "($id: UUID!)", new { id }, "secretary-1");
        Assert.Equal("PUBLISHED", Text(published, "status"));
        Assert.NotNull(published["publishedAt"]);
        Assert.Equal(["fulfil"], OpenActivities(published));
        var publicList = await server.DataAsync("""{ pledges(branchId: "s1", where: { status: { eq: PUBLISHED }, year: { eq: 2026 } }) { nodes { id } } }""");
        Assert.Equal(id, Text(Assert.Single(publicList["pledges"]!["nodes"]!.AsArray())!, "id"));

        await server.AdvanceAsync(TimeSpan.FromDays(7));
        await MutateAsync(server, "addPledgeProgress(pledgeId: $id, note: $note, evidenceUrl: $url)", "($id: UUID!, $note: String!, $url: String)",
            new { id, note = "Week 1: all four visited", url = "https://photos.example.org/visit-1.jpg" }, SmallGrid.Member);
        var noted = await MutateAsync(server, "addPledgeProgress(pledgeId: $id, note: $note)", "($id: UUID!, $note: String!)",
            new { id, note = "Week 2: shopping done for Mrs Zhao" }, SmallGrid.Member);
        Assert.Equal(["Week 1: all four visited", "Week 2: shopping done for Mrs Zhao"], noted["progress"]!.AsArray().Select(p => Text(p!, "note")));
        Assert.Equal(("https://photos.example.org/visit-1.jpg", SmallGrid.Member), (Text(noted["progress"]![0]!, "evidenceUrl"), Text(noted["progress"]![0]!, "actor")));

        await CompleteOpenTaskAsync(server, noted, "fulfil", "Fulfilled", new { summary = "Weekly visits kept up for the whole period" }, SmallGrid.Member);
        var fulfilled = await PledgeAsync(server, id);
        Assert.Equal("FULFILLED", Text(fulfilled, "status"));
        Assert.Equal(["scoreByBranch", "scoreByPeers", "scoreByResidents"], OpenActivities(fulfilled));

        await MutateAsync(server, "scorePledge(pledgeId: $id, reviewer: RESIDENTS, score: 5)", "($id: UUID!)", new { id }, SmallGrid.Resident);
        await MutateAsync(server, "scorePledge(pledgeId: $id, reviewer: PEERS, score: 4, comment: \"Reliable\")", "($id: UUID!)", new { id }, "member-2");
        var reviewed = await MutateAsync(server, "scorePledge(pledgeId: $id, reviewer: BRANCH, score: 3)", "($id: UUID!)", new { id }, "secretary-1");

        // Weights 0.4 / 0.3 / 0.3 from the workflow's variables: 5 * 0.4 + 4 * 0.3 + 3 * 0.3 = 4.1.
        Assert.Equal(("REVIEWED", 5.0, 4.0, 3.0, 4.1), (Text(reviewed, "status"), reviewed["residentScore"]!.GetValue<double>(),
            reviewed["peerScore"]!.GetValue<double>(), reviewed["branchScore"]!.GetValue<double>(), reviewed["score"]!.GetValue<double>()));
        Assert.Empty(reviewed["openTasks"]!.AsArray());
        var report = await server.QueryAsync(db => db.Outbox.AsNoTracking().Where(o => o.ActivityId == "report").SingleAsync());
        Assert.Contains("4.1", report.Body);
    }

    [Fact]
    public async Task Should_remind_before_the_due_date_then_flag_a_lapsed_pledge_until_the_member_explains()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);
        var dueAt = server.Clock.GetUtcNow().AddDays(30);
        var id = Text((await CreateAsync(server, "Fix the stairwell lights", dueAt, "All 12 stairwell lights of building 5 working"))["data"]!["createPledge"]!, "id");
        await MutateAsync(server, "reviewPledge(pledgeId: $id, decision: APPROVE)", "($id: UUID!)", new { id }, "secretary-1");

        await server.AdvanceAsync(TimeSpan.FromDays(23) + TimeSpan.FromHours(1));
        var reminder = await server.QueryAsync(db => db.Outbox.AsNoTracking().Where(o => o.ActivityId == "fulfil").SingleAsync());
        Assert.Equal("party-member@c1", reminder.Recipient);
        Assert.Equal("PUBLISHED", Text(await PledgeAsync(server, id), "status"));

        await server.AdvanceAsync(TimeSpan.FromDays(7));
        var lapsed = await PledgeAsync(server, id);
        Assert.Equal(("LAPSED", true), (Text(lapsed, "status"), lapsed["flagged"]!.GetValue<bool>()));
        Assert.Equal(["explain"], OpenActivities(lapsed));
        var flaggedList = await server.DataAsync("""{ pledges(where: { flagged: { eq: true } }) { totalCount } }""");
        Assert.Equal(1, flaggedList["pledges"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("role:branch-secretary@c1", (await server.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.ActivityId == "tellBranch"))).Recipient);

        await CompleteOpenTaskAsync(server, lapsed, "explain", "Explained", new { reason = "The building's wiring must be replaced first; the works office has it planned" }, SmallGrid.Member);
        var explained = await PledgeAsync(server, id);
        Assert.Equal(("LAPSED", false, "The building's wiring must be replaced first; the works office has it planned"),
            (Text(explained, "status"), explained["flagged"]!.GetValue<bool>(), Text(explained, "explanation")));
        Assert.Empty(explained["openTasks"]!.AsArray());
    }

    [Fact]
    public async Task Should_refuse_the_sixth_pledge_of_a_year_but_take_one_for_the_next_year()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);
        for (var i = 1; i <= 5; i++)
            Assert.Null((await CreateAsync(server, $"Pledge {i}", EndOfYear, $"Target {i}"))["errors"]);

        var sixth = await CreateAsync(server, "Pledge 6", EndOfYear, "Target 6");

        var error = sixth["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", Text(error["extensions"]!, "code"));
        var problem = Assert.Single(error["extensions"]!["errors"]!.AsArray())!;
        Assert.Equal("input.dueAt", Text(problem, "path"));
        Assert.Contains("at most 5 a year", Text(problem, "message"));
        Assert.Equal(5, await server.QueryAsync(db => db.Set<Governance.Pledges.Pledge>().CountAsync()));
        Assert.Null((await CreateAsync(server, "Pledge for next year", new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)))["errors"]);
    }
}
