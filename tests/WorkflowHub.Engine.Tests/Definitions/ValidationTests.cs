using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Definitions;

public sealed class ValidationTests
{
    [Fact]
    public async Task Should_report_every_error_at_once_with_its_json_path()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var json = """
            {
              "definitionId": "broken",
              "name": "Broken",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "task", "type": "HumanTask", "properties": { "title": "Sign for", "outcomes": ["Done"], "deadline": "two hours" } },
                { "id": "task", "type": "SetVariable", "properties": { "variable": "x", "value": "=1 +" } },
                { "id": "mystery", "type": "Teleport" },
                { "id": "island", "type": "End" },
                { "id": "join", "type": "Join" }
              ],
              "connections": [
                { "from": "start", "to": "task" },
                { "from": "task", "outcome": "Sideways", "to": "join" },
                { "from": "task", "to": "nowhere" },
                { "from": "start", "to": "mystery" }
              ]
            }
            """;
        var errors = engine.Loader.Load(json).Errors.ToDictionary(e => e.Path + " " + e.Message);
        string Find(string path) => Assert.Single(errors.Keys, k => k.StartsWith(path + " "));

        Assert.Contains("assigneeRole", Find("$.activities[1].properties.assigneeRole"));
        Assert.Contains("two hours", Find("$.activities[1].properties.deadline"));
        Assert.Contains("more than once", Find("$.activities[2].id"));
        Assert.Contains("syntax error", Find("$.activities[2].properties.value"));
        Assert.Contains("Unknown activity type 'Teleport'", Find("$.activities[3].type"));
        Assert.Contains("cannot be reached", Find("$.activities[4]"));
        Assert.Contains(errors.Keys, k => k.StartsWith("$.activities[5] ") && k.Contains("no Fork upstream"));
        Assert.Contains("Sideways", Find("$.connections[1].outcome"));
        Assert.Contains("nowhere", Find("$.connections[2].to"));
    }

    [Fact]
    public async Task Should_name_the_position_of_a_json_syntax_error()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var error = Assert.Single(engine.Loader.Load("{ \"definitionId\": \"x\",\n  \"name\": }").Errors);
        Assert.Equal("$", error.Path);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public async Task Should_require_exactly_one_start_and_known_top_level_fields()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var errors = engine.Loader.Load("""
            { "definitionId": "Bad Id", "name": "x", "colour": "red",
              "activities": [ { "id": "a", "type": "Start" }, { "id": "b", "type": "Start" } ] }
            """).Errors;
        Assert.Contains(errors, e => e.Path == "$.definitionId");
        Assert.Contains(errors, e => e.Path == "$.colour" && e.Message.Contains("Unknown field"));
        Assert.Contains(errors, e => e.Path == "$.activities[1]" && e.Message.Contains("exactly one Start"));
    }

    [Fact]
    public async Task Should_check_cron_scripts_and_switch_cases()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var errors = engine.Loader.Load(Defs.Flow("checks", """
            { "id": "wait", "type": "Timer", "properties": { "cron": "0 25 * * *" } },
            { "id": "calc", "type": "Script", "properties": { "script": "variables.x = ;" } },
            { "id": "route", "type": "Switch", "properties": { "cases": [ { "outcome": "A", "condition": "variables.x >" } ] } }
            """, """[ { "from": "start", "to": "wait" }, { "from": "wait", "to": "calc" }, { "from": "calc", "to": "route" } ]""")).Errors;
        Assert.Contains(errors, e => e.Path == "$.activities[1].properties.cron" && e.Message.Contains("hour"));
        Assert.Contains(errors, e => e.Path == "$.activities[2].properties.script" && e.Message.Contains("syntax error"));
        Assert.Contains(errors, e => e.Path == "$.activities[3].properties.cases[0].condition");
    }

    [Fact]
    public async Task Should_refuse_to_publish_an_invalid_draft_but_keep_it_saved()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var saved = await engine.Definitions.SaveDraftAsync(Defs.Flow("draft", """{ "id": "x", "type": "Delay" }""", """[ { "from": "start", "to": "x" } ]"""));
        Assert.NotNull(saved.Draft);
        Assert.Contains(saved.Errors, e => e.Path == "$.activities[1].properties.duration");
        var refused = await Assert.ThrowsAsync<WorkflowHub.Engine.Definitions.DefinitionInvalidException>(() => engine.Definitions.PublishAsync("draft"));
        Assert.Contains(refused.Errors, e => e.Path == "$.activities[1].properties.duration");
    }
}
