using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Pledges.PledgeApi;

namespace WorkflowHub.Governance.Tests.Pledges;

public sealed class PledgeInputTests
{
    [Fact]
    public async Task Should_refuse_a_pledge_with_bad_input_with_a_path_per_field_and_write_nothing()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);

        var result = await server.GraphQLAsync("""
            mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }
            """, new { input = new { memberId = "nobody", title = "", source = "TASK", dueAt = server.Clock.GetUtcNow().AddDays(-1), target = " " } });
        Assert.Equal(["input.title", "input.target", "input.dueAt", "input.memberId"], Paths(result));

        var notAMember = await CreateAsync(server, "Clean the yard", server.Clock.GetUtcNow().AddDays(10), memberId: SmallGrid.Resident);
        Assert.Equal(["input.memberId"], Paths(notAMember));
        Assert.Equal(0, await server.QueryAsync(db => db.Set<Governance.Pledges.Pledge>().CountAsync()));
        Assert.Equal(0, await server.QueryAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_reviews_scores_and_progress_that_do_not_fit_the_pledge()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);
        var id = Text((await CreateAsync(server, "Clean the yard", server.Clock.GetUtcNow().AddDays(10)))["data"]!["createPledge"]!, "id");

        Assert.Equal(["reason"], Paths(await server.GraphQLAsync("mutation($id: UUID!) { reviewPledge(pledgeId: $id, decision: RETURN) { id } }", new { id })));
        Assert.Equal(["score"], Paths(await server.GraphQLAsync("mutation($id: UUID!) { scorePledge(pledgeId: $id, reviewer: BRANCH, score: 7) { id } }", new { id })));
        Assert.Equal(["pledgeId"], Paths(await server.GraphQLAsync("mutation($id: UUID!) { scorePledge(pledgeId: $id, reviewer: BRANCH, score: 4) { id } }", new { id })));
        Assert.Equal(["pledgeId", "evidenceUrl"], Paths(await server.GraphQLAsync(
            "mutation($id: UUID!) { addPledgeProgress(pledgeId: $id, note: \"Started\", evidenceUrl: \"ftp://files/x\") { id } }", new { id })));

        var unknown = await server.GraphQLAsync("mutation($id: UUID!) { reviewPledge(pledgeId: $id, decision: APPROVE) { id } }", new { id = Guid.NewGuid() });
        Assert.Equal("NOT_FOUND", Text(unknown["errors"]![0]!["extensions"]!, "code"));
        Assert.Equal("SUBMITTED", Text(await PledgeAsync(server, id), "status"));
    }

    private static List<string> Paths(JsonObject result)
    {
        var error = result["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", Text(error["extensions"]!, "code"));
        return error["extensions"]!["errors"]!.AsArray().Select(e => Text(e!, "path")).ToList();
    }
}
