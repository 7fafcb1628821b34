using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Governance.Whistles;

namespace WorkflowHub.Governance.Tests.Whistles;

public sealed class WhistleEscalationTests
{
    private const string Fields = "id title grade level status upgrades respondingUnitId reportInDueAt reportedInBy noticedAt result openTasks { id activityId orgUnitId assigneeRole }";

    internal static async Task<JsonObject> BlowAsync(GovernanceServer server, string grade, string orgUnitId, string title = "Blocked fire lane") =>
        (await server.DataAsync($$"""
            mutation($input: BlowWhistleInput!) { blowWhistle(input: $input) { {{Fields}} } }
            """, new { input = new { title, grade, orgUnitId } }, person: "grid-worker-1"))["blowWhistle"]!.AsObject();

    internal static async Task<JsonObject> WhistleAsync(GovernanceServer server, string id) =>
        (await server.DataAsync($$"""query($id: UUID!) { whistle(id: $id) { {{Fields}} } }""", new { id }))["whistle"]!.AsObject();

    internal static Task CompleteAsync(GovernanceServer server, JsonObject whistle, string outcome, object data) =>
        server.DataAsync("""
            mutation($task: UUID!, $outcome: String!, $data: JSON) { completeTask(taskId: $task, outcome: $outcome, data: $data) { outcome } }
            """, new { task = whistle["openTasks"]![0]!["id"]!.GetValue<string>(), outcome, data }, person: "dept-1");

    [Fact]
    public async Task Should_upgrade_a_whistle_nobody_reports_in_for_from_grid_to_community_to_street_with_reminders_and_a_public_notice()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);
        var raisedAt = server.Clock.GetUtcNow();

        var whistle = await BlowAsync(server, "RED", SmallGrid.Grid);
        var id = whistle["id"]!.GetValue<string>();
        Assert.Equal(("GRID", "RAISED", "g1"), (Text(whistle, "level"), Text(whistle, "status"), Text(whistle, "respondingUnitId")));
        Assert.Equal(raisedAt.AddMinutes(30), whistle["reportInDueAt"]!.GetValue<DateTimeOffset>());
        var task = Assert.Single(whistle["openTasks"]!.AsArray())!;
        Assert.Equal(("reportIn", "g1", "department-contact"), (Text(task, "activityId"), Text(task, "orgUnitId"), Text(task, "assigneeRole")));

        await server.AdvanceAsync(TimeSpan.FromMinutes(30));
        whistle = await WhistleAsync(server, id);
        Assert.Equal(("COMMUNITY", 1, "c1"), (Text(whistle, "level"), whistle["upgrades"]!.GetValue<int>(), Text(whistle, "respondingUnitId")));
        Assert.Equal("c1", Text(Assert.Single(whistle["openTasks"]!.AsArray())!, "orgUnitId"));
        Assert.Null(whistle["noticedAt"]);

        await server.AdvanceAsync(TimeSpan.FromMinutes(30));
        whistle = await WhistleAsync(server, id);
        Assert.Equal(("STREET", 2, "s1", "NOTICED"), (Text(whistle, "level"), whistle["upgrades"]!.GetValue<int>(), Text(whistle, "respondingUnitId"), Text(whistle, "status")));
        Assert.Equal(raisedAt.AddHours(1), whistle["noticedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("s1", Text(Assert.Single(whistle["openTasks"]!.AsArray())!, "orgUnitId"));

        var outbox = await server.QueryAsync(db => db.Outbox.AsNoTracking().OrderBy(o => o.CreatedAt).ToListAsync());
        Assert.Equal(["role:department-contact@c1", "role:department-contact@s1"], outbox.Where(o => o.ActivityId == "remind").Select(o => o.Recipient));
        var notice = Assert.Single(outbox, o => o.ActivityId == "publishNotice");
        Assert.Contains("通报", notice.Subject);
    }

    [Fact]
    public async Task Should_stop_escalating_once_a_department_reports_in_and_resolve_the_whistle()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);
        var whistle = await BlowAsync(server, "YELLOW", SmallGrid.Community, "Flooded underpass");
        Assert.Equal("COMMUNITY", Text(whistle, "level"));

        await server.AdvanceAsync(TimeSpan.FromHours(1));
        await CompleteAsync(server, whistle, "ReportedIn", new { department = "Water bureau" });
        whistle = await WhistleAsync(server, Text(whistle, "id"));
        Assert.Equal(("REPORTED_IN", "Water bureau", "handle"), (Text(whistle, "status"), Text(whistle, "reportedInBy"), Text(whistle["openTasks"]![0]!, "activityId")));

        await server.AdvanceAsync(TimeSpan.FromHours(5));
        Assert.Equal(("COMMUNITY", 0), (Text(await WhistleAsync(server, Text(whistle, "id")), "level"), (await WhistleAsync(server, Text(whistle, "id")))["upgrades"]!.GetValue<int>()));

        await CompleteAsync(server, whistle, "Resolved", new { result = "Pumps deployed, underpass open" });
        whistle = await WhistleAsync(server, Text(whistle, "id"));
        Assert.Equal(("RESOLVED", "Pumps deployed, underpass open"), (Text(whistle, "status"), Text(whistle, "result")));
        Assert.Empty(whistle["openTasks"]!.AsArray());
        var instance = await server.QueryAsync(db => db.Set<Whistle>().Where(w => w.Id == Guid.Parse(Text(whistle, "id")))
            .Join(db.Instances, w => w.InstanceId, i => i.Id, (w, i) => i.Status).SingleAsync());
        Assert.Equal(InstanceStatus.Completed, instance);
    }

    [Fact]
    public async Task Should_refuse_a_whistle_with_bad_input_with_a_path_per_field_and_write_nothing()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);

        var result = await server.GraphQLAsync("""
            mutation($input: BlowWhistleInput!) { blowWhistle(input: $input) { id } }
            """, new { input = new { title = " ", grade = "RED", orgUnitId = "nowhere", serviceRequestId = Guid.NewGuid() } });

        var error = result["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", Text(error["extensions"]!, "code"));
        Assert.Equal(["input.title", "input.orgUnitId", "input.serviceRequestId"],
            error["extensions"]!["errors"]!.AsArray().Select(e => Text(e!, "path")));
        Assert.Equal(0, await server.QueryAsync(db => db.Set<Whistle>().CountAsync()));
        Assert.Equal(0, await server.QueryAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Should_list_the_whistles_of_a_subtree_filtered_and_ordered_in_sql()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);
        await BlowAsync(server, "RED", SmallGrid.Grid, "First");
        await server.AdvanceAsync(TimeSpan.FromMinutes(1));
        await BlowAsync(server, "BLUE", SmallGrid.Community, "Second");
        await server.AdvanceAsync(TimeSpan.FromMinutes(1));
        await BlowAsync(server, "YELLOW", SmallGrid.Street, "Outside the community");
        await BlowAsync(server, "YELLOW", SmallGrid.Grid, "Yellow in the grid");

        var data = await server.DataAsync("""
            { whistles(orgUnitId: "c1", where: { grade: { neq: YELLOW } }, order: [{ raisedAt: DESC }], first: 10) { totalCount nodes { title grade level } } }
            """);
        var whistles = data["whistles"]!;
        Assert.Equal(2, whistles["totalCount"]!.GetValue<int>());
        Assert.Equal(["Second", "First"], whistles["nodes"]!.AsArray().Select(n => Text(n!, "title")));

        var atStreet = await server.DataAsync("""{ whistles(where: { level: { eq: STREET } }) { nodes { title } } }""");
        Assert.Equal("Outside the community", Text(Assert.Single(atStreet["whistles"]!["nodes"]!.AsArray())!, "title"));

        var unknown = await server.GraphQLAsync("""{ whistles(orgUnitId: "nowhere") { totalCount } }""");
        Assert.Equal("NOT_FOUND", Text(unknown["errors"]![0]!["extensions"]!, "code"));
    }

    internal static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();
}
