using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Definitions;

public sealed class BuiltInWorkflowsTests
{
    // service-request.json uses the governance activities; it is validated with them in WorkflowHub.Governance.Tests.
    [Theory]
    [InlineData("escalation.json")]
    [InlineData("pledge-review.json")]
    public async Task Should_validate_the_built_in_definition(string file)
    {
        await using var engine = await EngineFixture.CreateAsync();
        var result = engine.Loader.Load(TestSupport.Workflows.Read(file));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }
}
