using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Security.Tests.Persistence;

public sealed class SecuritySchemaTests
{
    [Fact]
    public async Task Should_build_from_the_security_scripts_exactly_the_tables_the_model_expects()
    {
        await using var engine = await EngineFixture.CreateAsync(s =>
        {
            s.AddSingleton<IModelContribution, SecurityModel>();
            foreach (var step in SecuritySchemaStep.All()) s.AddSingleton<ISchemaContribution>(step);
        });
        var (fromModel, fromScripts, modelScript) = await SchemaFacts.ModelAndScriptsAsync(engine.Database, engine.Folder, "security_", [new SecurityModel()]);

        Assert.True(fromModel.SetEquals(fromScripts),
            $"The security {engine.Database.Provider} scripts and the model differ; add a numbered script. Only in the model: " +
            string.Join("; ", fromModel.Except(fromScripts)) + ". Only in the scripts: " + string.Join("; ", fromScripts.Except(fromModel)) +
            ". The model's script:\n" + modelScript);
        Assert.Equal(5, fromModel.Where(f => f.Contains('.')).Select(f => f.Split('.')[0]).Distinct().Count());
    }

    [Fact]
    public void Should_have_the_same_security_script_numbers_for_every_provider() =>
        Assert.Equal(SecuritySchemaStep.All("Sqlite").Select(s => (s.Version, s.Name)), SecuritySchemaStep.All("Postgres").Select(s => (s.Version, s.Name)));
}
