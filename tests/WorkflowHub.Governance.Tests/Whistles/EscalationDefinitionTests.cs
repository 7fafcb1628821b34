using WorkflowHub.TestSupport;

namespace WorkflowHub.Governance.Tests.Whistles;

public sealed class EscalationDefinitionTests
{
    [Fact]
    public async Task Should_validate_the_built_in_escalation_with_the_governance_activities()
    {
        await using var engine = await EngineFixture.CreateAsync(s => s.AddGovernance());
        var result = engine.Loader.Load(Workflows.Read("escalation.json"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }
}
