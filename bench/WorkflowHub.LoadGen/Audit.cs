using System.Text.Json.Nodes;

namespace WorkflowHub.LoadGen;

public sealed record AuditFinding(string Kind, string Subject, string Detail);

public sealed record AuditResult(int Requests, int Closed, int Unanswered, int Whistles, int Pledges, int TimersFired, IReadOnlyList<AuditFinding> Findings)
{
    public bool Clean => Findings.Count == 0;
}

/// <summary>
/// After the traffic and a settle period, reads everything back as the officer and the admin: every acknowledged request
/// exists (nothing lost); each is in a state its instance agrees with (a closed request's instance completed with no open
/// task; a running instance waits on a task, a timer or a child; nothing faulted); every timer due before the settle
/// period began has fired (none left pending); and nothing happened twice (no timeline step repeated with the same note,
/// an unanswered request marked overdue exactly once).
/// </summary>
internal sealed class Audit(GraphQLNodes nodes, string officer)
{
    public async Task<AuditResult> RunAsync(IReadOnlyCollection<SubmittedRequest> requests, IReadOnlyCollection<string> whistles,
        IReadOnlyDictionary<string, bool> pledges, DateTimeOffset settledAt, CancellationToken ct)
    {
        var findings = new List<AuditFinding>();
        if (requests.Count == 0) findings.Add(new("no traffic", "run", "no request was acknowledged: there is nothing to audit"));
        var closed = 0;
        foreach (var request in requests)
        {
            var data = await nodes.RunAsync("audit", """
                query($id: UUID!, $i: UUID!) {
                  serviceRequest(id: $id) { status overdue signForDueAt timeline { step note } }
                  workflowInstance(id: $i) { status openTasks { activityId } pendingTimers { dueAt } incidents { message } }
                }
                """, new { id = request.Id, i = request.InstanceId }, officer, ct);
            if (data["serviceRequest"] is not JsonObject row)
            {
                findings.Add(new("lost", request.RequestId, "acknowledged, but not found"));
                continue;
            }
            var status = row["status"]!.GetValue<string>();
            if (status == "CLOSED") closed++;
            if (request.Closed && status != "CLOSED") findings.Add(new("inconsistent", request.RequestId, $"rated, but {status}"));
            await CheckInstanceAsync(request, status, data["workflowInstance"] as JsonObject, settledAt, findings, ct);
            await CheckTimelineAsync(request, row, settledAt, findings, ct);
        }

        foreach (var id in whistles)
        {
            var whistle = await nodes.RunAsync("audit", "query($id: UUID!) { whistle(id: $id) { id status } }", new { id }, officer, ct);
            if (whistle["whistle"] is null) findings.Add(new("lost", "whistle " + id, "acknowledged, but not found"));
        }

        foreach (var (id, approved) in pledges)
        {
            var pledge = await nodes.RunAsync("audit", "query($id: UUID!) { pledge(id: $id) { status } }", new { id }, officer, ct);
            if (pledge["pledge"] is not JsonObject row) findings.Add(new("lost", "pledge " + id, "acknowledged, but not found"));
            else if (approved && row["status"]!.GetValue<string>() is "SUBMITTED" or "RETURNED")
                findings.Add(new("inconsistent", "pledge " + id, $"approved, but {row["status"]}"));
        }

        var late = await nodes.RunAsync("audit", """
            query($before: DateTime!) { timers(first: 20, where: { status: { eq: PENDING }, dueAt: { lt: $before } }) { totalCount nodes { id instanceId purpose dueAt } } }
            """, new { before = settledAt.ToString("O") }, ct: ct);
        foreach (var timer in late["timers"]!["nodes"]!.AsArray())
            findings.Add(new("timer not fired", timer!["id"]!.GetValue<string>(), $"{timer["purpose"]} of {timer["instanceId"]}, due {timer["dueAt"]}"));
        var fired = await nodes.RunAsync("audit", "{ timers(where: { status: { eq: FIRED } }) { totalCount } }", ct: ct);

        return new AuditResult(requests.Count, closed, requests.Count(r => r.LeftUnanswered), whistles.Count, pledges.Count,
            fired["timers"]!["totalCount"]!.GetValue<int>(), findings);
    }

    private async Task CheckInstanceAsync(SubmittedRequest request, string status, JsonObject? instance, DateTimeOffset settledAt, List<AuditFinding> findings, CancellationToken ct)
    {
        if (instance is null)
        {
            findings.Add(new("lost", request.RequestId, $"instance {request.InstanceId} not found"));
            return;
        }
        var instanceStatus = instance["status"]!.GetValue<string>();
        var openTasks = instance["openTasks"]!.AsArray();
        var timers = instance["pendingTimers"]!.AsArray();
        if (instanceStatus == "FAULTED")
            findings.Add(new("faulted", request.RequestId, string.Join("; ", instance["incidents"]!.AsArray().Select(i => i!["message"]!.GetValue<string>()))));
        if (status == "CLOSED" && (instanceStatus != "COMPLETED" || openTasks.Count > 0))
            findings.Add(new("inconsistent", request.RequestId, $"request CLOSED, instance {instanceStatus} with {openTasks.Count} open tasks"));
        if (status != "CLOSED" && instanceStatus == "COMPLETED")
            findings.Add(new("inconsistent", request.RequestId, $"instance completed, request {status}"));
        if (instanceStatus == "RUNNING" && openTasks.Count == 0 && timers.Count == 0)
        {
            var children = await nodes.RunAsync("audit", """
                query($i: UUID!) { workflowInstances(where: { parentInstanceId: { eq: $i }, status: { eq: RUNNING } }) { totalCount } }
                """, new { i = request.InstanceId }, ct: ct);
            if (children["workflowInstances"]!["totalCount"]!.GetValue<int>() == 0)
                findings.Add(new("stuck", request.RequestId, "instance RUNNING with no open task, timer or child to wait for"));
        }
        foreach (var timer in timers)
            if (timer!["dueAt"]!.GetValue<DateTimeOffset>() < settledAt)
                findings.Add(new("timer not fired", request.RequestId, $"due {timer["dueAt"]}, still pending"));
    }

    private async Task CheckTimelineAsync(SubmittedRequest request, JsonObject row, DateTimeOffset settledAt, List<AuditFinding> findings, CancellationToken ct)
    {
        var steps = row["timeline"]!.AsArray().Select(s => (Step: s!["step"]!.GetValue<string>(), Note: s["note"]?.GetValue<string>())).ToList();
        foreach (var repeated in steps.GroupBy(s => s).Where(g => g.Count() > 1))
            findings.Add(new("duplicated", request.RequestId, $"timeline step {repeated.Key.Step} ({repeated.Key.Note}) {repeated.Count()} times"));
        if (request.LeftUnanswered && row["signForDueAt"]?.GetValue<DateTimeOffset>() is { } due && due < settledAt && !row["overdue"]!.GetValue<bool>())
            findings.Add(new("timer not fired", request.RequestId, $"nobody signed for it by {due:O}, yet it is not overdue; {await DescribeAsync(request, ct)}"));
    }

    /// <summary>The instance's timers and last journal entries, so a finding says what happened.</summary>
    private async Task<string> DescribeAsync(SubmittedRequest request, CancellationToken ct)
    {
        var data = await nodes.RunAsync("audit", """
            query($i: UUID!) {
              timers(where: { instanceId: { eq: $i } }) { nodes { activityId purpose status dueAt firedAt createdAt } }
              workflowInstance(id: $i) { status businessStatus journal(first: 40) { sequence activityId event outcome actor at } }
            }
            """, new { i = request.InstanceId }, ct: ct);
        return $"timers {data["timers"]!["nodes"]!.ToJsonString()}; instance {data["workflowInstance"]?.ToJsonString()}";
    }
}
