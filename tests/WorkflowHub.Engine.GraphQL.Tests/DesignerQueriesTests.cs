using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.GraphQL.Tests;

/// <summary>The designer's catalogue of activity types and its validation without saving.</summary>
public sealed class DesignerQueriesTests
{
    private const string Catalogue = """
        { activityTypes { type displayName category description
            properties { name kind required description default choices }
            outcomes { fixed terminal dynamic { property kind whenSet outcome description } } } }
        """;

    private const string Validate = """
        query($d: JSON!) { validateWorkflowDefinition(definition: $d) { valid problems { path message activityId property connectionIndex } } }
        """;

    /// <summary>A domain module's type, registered the way governance registers its activities.</summary>
    private sealed class StampDocument : IActivity
    {
        public ActivityDescriptor Descriptor { get; } = new("StampDocument", "Stamp a document", "Paperwork", "Stamps the request's document.",
            [new("stamp", PropertyKind.Choice, Required: true, Description: "Which stamp", Choices: ["received", "approved"])]);

        public IEnumerable<string> Outcomes(Definitions.ActivityDefinition activity) => ["Stamped", "Smudged"];

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done("Stamped"));
    }

    private static JsonObject Type(JsonObject result, string type) =>
        result["data"]!["activityTypes"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == type)!.AsObject();

    [Fact]
    public async Task Should_list_built_in_and_domain_activity_types_with_properties_and_outcomes()
    {
        await using var api = await EngineGraphQL.CreateAsync(services => services.AddActivity<StampDocument>());

        var result = await api.RunAsync(Catalogue);

        Assert.True(result["errors"] is null, result.ToJsonString());
        var types = result["data"]!["activityTypes"]!.AsArray().Select(t => t!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(api.Engine.Services.GetRequiredService<IActivityRegistry>().All.Count, types.Count);
        Assert.Contains("StampDocument", types);

        var stamp = Type(result, "StampDocument");
        Assert.Equal("Paperwork", stamp["category"]!.GetValue<string>());
        Assert.Equal(["Stamped", "Smudged"], stamp["outcomes"]!["fixed"]!.AsArray().Select(o => o!.GetValue<string>()));
        var stampProperty = stamp["properties"]![0]!;
        Assert.Equal("CHOICE", stampProperty["kind"]!.GetValue<string>());
        Assert.True(stampProperty["required"]!.GetValue<bool>());
        Assert.Equal(["received", "approved"], stampProperty["choices"]!.AsArray().Select(o => o!.GetValue<string>()));

        var task = Type(result, "HumanTask");
        Assert.Equal("People", task["category"]!.GetValue<string>());
        var deadline = task["properties"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "deadline")!;
        Assert.Equal("DURATION", deadline["kind"]!.GetValue<string>());
        var deadlineOutcome = task["properties"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "deadlineOutcome")!;
        Assert.Equal("Overdue", deadlineOutcome["default"]!.GetValue<string>());
        Assert.Empty(task["outcomes"]!["fixed"]!.AsArray());
        Assert.Equal(
            ["outcomes:EACH_ITEM:", "deadlineOutcome:VALUE_WHEN_SET:deadline"],
            task["outcomes"]!["dynamic"]!.AsArray().Select(d => $"{d!["property"]}:{d["kind"]}:{d["whenSet"]}"));

        Assert.Equal(["True", "False"], Type(result, "Decision")["outcomes"]!["fixed"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(["Default"], Type(result, "Switch")["outcomes"]!["fixed"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal("EACH_CASE", Type(result, "Switch")["outcomes"]!["dynamic"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("Cancelled", Type(result, "StartWorkflow")["outcomes"]!["dynamic"]![0]!["outcome"]!.GetValue<string>());
        Assert.True(Type(result, "End")["outcomes"]!["terminal"]!.GetValue<bool>());
        Assert.False(Type(result, "Start")["outcomes"]!["terminal"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Should_refuse_the_catalogue_to_someone_not_signed_in()
    {
        await using var api = await EngineGraphQL.CreateAsync();

        var result = await api.RunAsync(Catalogue, user: new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Equal("AUTH_NOT_AUTHENTICATED", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_report_every_problem_with_its_path_activity_and_property_and_store_nothing()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        var definition = JsonNode.Parse(EngineGraphQL.TwoStepFlow)!.AsObject();
        definition["activities"]![1]!["properties"]!["deadline"] = "two hours";
        definition["activities"]!.AsArray().Add(new JsonObject { ["id"] = "review", ["type"] = "HumanTask", ["properties"] = new JsonObject { ["title"] = "Review" } });
        definition["connections"]!.AsArray().Add(new JsonObject { ["from"] = "sign", ["outcome"] = "Approved", ["to"] = "done" });

        var result = await api.RunAsync(Validate, new { d = definition });

        Assert.True(result["errors"] is null, result.ToJsonString());
        var validation = result["data"]!["validateWorkflowDefinition"]!;
        Assert.False(validation["valid"]!.GetValue<bool>());
        var problems = validation["problems"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var badDeadline = problems.Single(p => p["path"]!.GetValue<string>() == "$.activities[1].properties.deadline");
        Assert.Equal("sign", badDeadline["activityId"]!.GetValue<string>());
        Assert.Equal("deadline", badDeadline["property"]!.GetValue<string>());
        var missingRole = problems.Single(p => p["path"]!.GetValue<string>() == "$.activities[3].properties.assigneeRole");
        Assert.Equal("review", missingRole["activityId"]!.GetValue<string>());
        Assert.Contains("assigneeRole", missingRole["message"]!.GetValue<string>());
        Assert.Contains(problems, p => p["path"]!.GetValue<string>() == "$.activities[3]" && p["message"]!.GetValue<string>().Contains("cannot be reached"));
        var badOutcome = problems.Single(p => p["path"]!.GetValue<string>() == "$.connections[3].outcome");
        Assert.Equal(3, badOutcome["connectionIndex"]!.GetValue<int>());
        Assert.Equal("sign", badOutcome["activityId"]!.GetValue<string>());

        await using var db = api.Engine.Services.GetRequiredService<WorkflowHub.Persistence.WorkflowHubDbContext>();
        Assert.Equal(0, await db.Definitions.CountAsync());
    }

    [Fact]
    public async Task Should_answer_valid_with_no_problems_for_a_correct_definition_and_refuse_non_admins()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        var definition = JsonNode.Parse(EngineGraphQL.TwoStepFlow);
        var worker = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "w1"), new Claim(ClaimTypes.Role, "grid-worker")], "Test"));

        var valid = await api.RunAsync(Validate, new { d = definition });
        var refused = await api.RunAsync(Validate, new { d = definition }, worker);

        Assert.True(valid["data"]!["validateWorkflowDefinition"]!["valid"]!.GetValue<bool>(), valid.ToJsonString());
        Assert.Empty(valid["data"]!["validateWorkflowDefinition"]!["problems"]!.AsArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_report_text_that_is_not_a_definition_object_at_the_root()
    {
        await using var api = await EngineGraphQL.CreateAsync();

        var result = await api.RunAsync(Validate, new { d = new[] { 1, 2 } });

        var problem = result["data"]!["validateWorkflowDefinition"]!["problems"]![0]!;
        Assert.Equal("$", problem["path"]!.GetValue<string>());
        Assert.Null(problem["activityId"]);
    }
}
