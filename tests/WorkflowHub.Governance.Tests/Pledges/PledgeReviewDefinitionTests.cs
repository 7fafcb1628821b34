using WorkflowHub.TestSupport;

namespace WorkflowHub.Governance.Tests.Pledges;

public sealed class PledgeReviewDefinitionTests
{
    [Fact]
    public async Task Should_validate_the_built_in_pledge_review_with_the_governance_activities()
    {
        await using var engine = await EngineFixture.CreateAsync(s => s.AddGovernance());
        var result = engine.Loader.Load(Workflows.Read("pledge-review.json"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }
}
