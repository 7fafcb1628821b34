using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Definitions;

/// <summary>Built-in definitions that need only the engine's activities; those of governance are validated in its tests.</summary>
public sealed class BuiltInWorkflowsTests
{
    [Theory]
    [InlineData("service-request.json")]
    public async Task Should_validate_the_built_in_definition(string file)
    {
        await using var engine = await EngineFixture.CreateAsync();
        var result = engine.Loader.Load(TestSupport.Workflows.Read(file));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }
}
