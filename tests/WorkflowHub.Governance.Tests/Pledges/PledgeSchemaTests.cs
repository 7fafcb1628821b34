using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Governance.Tests.Pledges;

public sealed class PledgeSchemaTests
{
    [Fact]
    public async Task Should_serve_the_whistle_and_pledge_fields_that_front_ends_rely_on()
    {
        await using var server = new GovernanceServer();
        using var client = server.Client();
        var sdl = await client.GetStringAsync("/graphql?sdl");

        foreach (var expected in new[]
        {
            "blowWhistle(input: BlowWhistleInput!): Whistle",
            "whistles(\n    orgUnitId: String",
            "where: WhistleFilterInput\n    order: [WhistleSortInput!]\n  ): WhistleConnection",
            "pledges(\n    branchId: String",
            "where: PledgeFilterInput\n    order: [PledgeSortInput!]\n  ): PledgeConnection",
            "whistle(id: UUID!): Whistle",
            "createPledge(input: CreatePledgeInput!): Pledge!",
            "reviewPledge(pledgeId: UUID!, decision: PledgeReviewDecision!, reason: String): Pledge!",
            "addPledgeProgress(pledgeId: UUID!, note: String!, evidenceUrl: String): Pledge!",
            "pledge(id: UUID!): Pledge",
            "enum PledgeSource {\n  PROBLEM\n  NEED\n  TASK\n}",
            "enum WhistleGrade {\n  BLUE\n  YELLOW\n  RED\n}",
        })
            Assert.True(sdl.Contains(expected), $"Missing: {expected}\n{sdl}");
    }
}
