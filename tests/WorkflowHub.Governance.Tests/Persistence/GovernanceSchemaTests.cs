using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Persistence;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Governance.Tests.Persistence;

public sealed class GovernanceSchemaTests
{
    [Fact]
    public async Task Should_build_from_the_governance_scripts_exactly_the_tables_the_model_expects()
    {
        await using var engine = await EngineFixture.CreateAsync(s => s.AddGovernance());
        var (fromModel, fromScripts, modelScript) = await SchemaFacts.ModelAndScriptsAsync(engine.Database, engine.Folder, "governance_", [new GovernanceModel()]);

        Assert.True(fromModel.SetEquals(fromScripts),
            $"The governance {engine.Database.Provider} scripts and the model differ; add a numbered script. Only in the model: " +
            string.Join("; ", fromModel.Except(fromScripts)) + ". Only in the scripts: " + string.Join("; ", fromScripts.Except(fromModel)) +
            ". The model's script:\n" + modelScript);
        Assert.NotEmpty(fromModel);
    }

    [Fact]
    public void Should_have_the_same_governance_script_numbers_for_every_provider() =>
        Assert.Equal(GovernanceSchemaStep.All("Sqlite").Select(s => (s.Version, s.Name)), GovernanceSchemaStep.All("Postgres").Select(s => (s.Version, s.Name)));

    [Fact]
    public async Task Should_write_a_governance_row_in_the_same_commit_as_the_instance_that_started_with_it()
    {
        await using var engine = await EngineFixture.CreateAsync(s => s.AddGovernance());
        await engine.PublishAsync("""
            { "definitionId": "with-a-unit", "name": "Waits", "version": 1,
              "activities": [ { "id": "start", "type": "Start" }, { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "go" } } ],
              "connections": [ { "from": "start", "outcome": "Done", "to": "wait" } ] }
            """);
        var unit = new global::WorkflowHub.Governance.OrgUnits.OrgUnit { Id = "d1", Name = "District", Path = "/d1/", CreatedAt = engine.Clock.GetUtcNow() };

        var started = await engine.Runtime.StartAsync(new Engine.Runtime.StartWorkflowRequest("with-a-unit", Entities: [unit]));

        var stored = await engine.QueryAsync(db => db.Set<global::WorkflowHub.Governance.OrgUnits.OrgUnit>().AsNoTracking().SingleAsync());
        Assert.Equal("District", stored.Name);
        Assert.NotEqual(Guid.Empty, started.InstanceId);
    }

    [Fact]
    public async Task Should_run_the_engine_on_a_model_with_governance_and_on_one_without_in_the_same_process()
    {
        const string waits = """
            { "definitionId": "waits", "name": "Waits", "version": 1,
              "activities": [ { "id": "start", "type": "Start" }, { "id": "wait", "type": "WaitForSignal", "properties": { "signal": "go" } }, { "id": "end", "type": "End" } ],
              "connections": [ { "from": "start", "outcome": "Done", "to": "wait" }, { "from": "wait", "outcome": "Done", "to": "end" } ] }
            """;
        foreach (var withGovernance in new[] { false, true, false })
        {
            await using var engine = await EngineFixture.CreateAsync(s => { if (withGovernance) s.AddGovernance(); });
            await engine.PublishAsync(waits);
            var started = await engine.Runtime.StartAsync(new Engine.Runtime.StartWorkflowRequest("waits"));

            Assert.Equal(1, await engine.Runtime.SendSignalAsync("go"));
            Assert.Equal(Engine.Instances.InstanceStatus.Completed, (await engine.InstanceAsync(started.InstanceId)).Status);
        }
    }
}
