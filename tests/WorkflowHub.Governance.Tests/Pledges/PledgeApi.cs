using System.Text.Json.Nodes;
using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Governance.Tests.Pledges;

/// <summary>The pledge mutations and queries as a front end calls them.</summary>
internal static class PledgeApi
{
    public const string Fields = "id memberId branchId title source target year dueAt status returnCount returnReason publishedAt fulfilledAt "
        + "residentScore peerScore branchScore score flagged explanation progress { note evidenceUrl actor } openTasks { id activityId assigneeRole orgUnitId }";

    public static Task<JsonObject> CreateAsync(GovernanceServer server, string title, DateTimeOffset dueAt, string target = "Something for the neighbourhood", string memberId = SmallGrid.Member) =>
        server.GraphQLAsync($$"""
            mutation($input: CreatePledgeInput!) { createPledge(input: $input) { {{Fields}} } }
            """, new { input = new { memberId, title, source = "NEED", dueAt, target } }, person: memberId);

    public static async Task<JsonObject> MutateAsync(GovernanceServer server, string field, string arguments, object variables, string person) =>
        (await server.DataAsync($$"""mutation{{arguments}} { {{field}} { {{Fields}} } }""", variables, person))
            [field[..field.IndexOf('(')]]!.AsObject();

    public static async Task<JsonObject> PledgeAsync(GovernanceServer server, string id) =>
        (await server.DataAsync($$"""query($id: UUID!) { pledge(id: $id) { {{Fields}} } }""", new { id }))["pledge"]!.AsObject();

    public static async Task CompleteOpenTaskAsync(GovernanceServer server, JsonObject pledge, string activityId, string outcome, object data, string person)
    {
        var task = pledge["openTasks"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == activityId)!;
        await server.DataAsync("""
            mutation($task: UUID!, $outcome: String!, $data: JSON) { completeTask(taskId: $task, outcome: $outcome, data: $data) { outcome } }
            """, new { task = task["id"]!.GetValue<string>(), outcome, data }, person);
    }

    public static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();

    public static IEnumerable<string> OpenActivities(JsonObject pledge) => pledge["openTasks"]!.AsArray().Select(t => Text(t!, "activityId")).Order();
}
