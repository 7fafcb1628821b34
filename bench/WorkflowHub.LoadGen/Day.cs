using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace WorkflowHub.LoadGen;

public sealed record SubmittedRequest(string RequestId, string Id, string TrackingCode, string InstanceId, bool LeftUnanswered, DateTimeOffset SubmittedAt)
{
    public volatile bool Closed;
}

/// <summary>
/// The traffic of a day, compressed: residents submit requests on every channel at a steady rate; an officer works each
/// through sign-for, contact, handling and result, with think time between steps; the resident rates it. A share is
/// left unanswered so its sign-for deadline fires; whistles are blown now and then. Every step is safe to repeat: a
/// submission carries its request id, a task completed twice answers ALREADY_CONSUMED, a rating re-reads first.
/// </summary>
internal sealed class Day(GraphQLNodes nodes, LoadStats stats, LoadOptions options, RunSetup setup, string officer)
{
    private const string Phone = "13800138000";
    private static readonly string[] Channels = ["HOTLINE", "APP", "VISIT", "WALK_IN", "LOCKER"];
    private static readonly (string Activity, string Outcome, object? Data)[] Steps =
    [
        ("signFor", "SignedFor", null),
        ("contact", "Contacted", new { method = "phone" }),
        ("handle", "Resolved", null),
        ("reportResult", "Reported", new { summary = "Done and checked on site." }),
    ];

    public ConcurrentBag<SubmittedRequest> Submitted { get; } = [];
    public ConcurrentBag<string> Whistles { get; } = [];
    /// <summary>Pledges made, and whether the branch approved them (then they must be published).</summary>
    public ConcurrentDictionary<string, bool> Pledges { get; } = new();
    private int _pledges = -1;

    public Task RunAsync(CancellationToken ct) => options.Workers > 0 ? ClosedLoopAsync(ct) : ArrivalsAsync(ct);

    private async Task ClosedLoopAsync(CancellationToken ct)
    {
        var end = DateTimeOffset.UtcNow + options.Duration;
        var next = -1;
        var workers = Enumerable.Range(0, options.Workers).Select(w => Task.Run(async () =>
        {
            var random = new Random(options.Seed + w);
            while (DateTimeOffset.UtcNow < end && !ct.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                var grid = setup.Grids[random.Next(setup.Grids.Count)];
                await LifecycleAsync($"{options.Prefix}-{options.Seed}-{n}", Channels[n % Channels.Length], grid, random.NextDouble() < options.UnansweredShare, ct);
                if (random.NextDouble() < options.WhistleRate / Math.Max(1, options.Workers)) await WhistleAsync(grid, ct);
                if (random.NextDouble() < options.PledgeRate / Math.Max(1, options.Workers)) await PledgeAsync(ct);
            }
        }, ct));
        await Task.WhenAll(workers);
    }

    private async Task ArrivalsAsync(CancellationToken ct)
    {
        var random = new Random(options.Seed);
        var lifecycles = new List<Task>();
        var whistles = new List<Task>();
        var started = DateTimeOffset.UtcNow;
        var end = started + options.Duration;
        var whistleDebt = 0.0;
        var pledgeDebt = 0.0;
        for (var n = 0; DateTimeOffset.UtcNow < end && !ct.IsCancellationRequested; n++)
        {
            var unanswered = random.NextDouble() < options.UnansweredShare;
            var channel = Channels[n % Channels.Length];
            var grid = setup.Grids[random.Next(setup.Grids.Count)];
            var requestId = $"{options.Prefix}-{options.Seed}-{n}"; // built here: the loop variable moves on before the task runs
            lifecycles.Add(Task.Run(() => LifecycleAsync(requestId, channel, grid, unanswered, ct), ct));
            whistleDebt += options.WhistleRate / options.Rate;
            for (; whistleDebt >= 1; whistleDebt--) whistles.Add(Task.Run(() => WhistleAsync(grid, ct), ct));
            pledgeDebt += options.PledgeRate / options.Rate;
            for (; pledgeDebt >= 1; pledgeDebt--) whistles.Add(Task.Run(() => PledgeAsync(ct), ct));
            var due = started + TimeSpan.FromSeconds((n + 1) / options.Rate);
            if (due > DateTimeOffset.UtcNow) await Task.Delay(due - DateTimeOffset.UtcNow, ct);
        }
        await Task.WhenAll(lifecycles.Concat(whistles));
    }

    private async Task LifecycleAsync(string requestId, string channel, string grid, bool unanswered, CancellationToken ct)
    {
        try
        {
            var submitted = (await nodes.RunAsync("submitServiceRequest", """
                mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { serviceRequest { id trackingCode instanceId submittedAt } } }
                """, new
            {
                input = new
                {
                    title = "路灯不亮 Street light out " + requestId, description = "Dark since last night.", category = "general", channel, orgUnitId = grid,
                    requestId, reporter = new { name = "王五", phone = Phone, address = "和平里5号楼" },
                },
            }, token: "", ct: ct))["submitServiceRequest"]!["serviceRequest"]!;
            var request = new SubmittedRequest(requestId, submitted["id"]!.GetValue<string>(), submitted["trackingCode"]!.GetValue<string>(),
                submitted["instanceId"]!.GetValue<string>(), unanswered, submitted["submittedAt"]!.GetValue<DateTimeOffset>());
            Submitted.Add(request);
            if (unanswered) return;

            foreach (var (activity, outcome, data) in Steps)
            {
                await Task.Delay(options.ThinkTime, ct);
                await CompleteAsync(request, activity, outcome, data, ct);
            }
            await Task.Delay(options.ThinkTime, ct);
            await RateAsync(request, ct);
            request.Closed = true;
            stats.LifecycleCompleted();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            stats.Error("lifecycle", e.GetType().Name + ": " + Shorten(e.Message));
        }
    }

    private async Task CompleteAsync(SubmittedRequest request, string activity, string outcome, object? data, CancellationToken ct)
    {
        var tasks = (await nodes.RunAsync("myTasks", """
            query($i: UUID!, $a: String!) { myTasks(where: { instanceId: { eq: $i }, activityId: { eq: $a } }) { nodes { id } } }
            """, new { i = request.InstanceId, a = activity }, officer, ct))["myTasks"]!["nodes"]!.AsArray();
        if (tasks.Count == 0)
        {
            var instance = await nodes.RunAsync("workflowInstance", "query($i: UUID!) { workflowInstance(id: $i) { status openTasks { activityId status claimedBy } journal(first: 30) { activityId event outcome } } }",
                new { i = request.InstanceId }, ct: ct);
            throw new InvalidOperationException($"{request.RequestId}: no open {activity} task; instance {instance["workflowInstance"]?.ToJsonString()}");
        }
        await nodes.RunAsync("completeTask", "mutation($t: UUID!, $o: String!, $d: JSON) { completeTask(taskId: $t, outcome: $o, data: $d) { outcome } }",
            new { t = tasks[0]!["id"]!.GetValue<string>(), o = outcome, d = data }, officer, ct);
    }

    private async Task RateAsync(SubmittedRequest request, CancellationToken ct)
    {
        try
        {
            await nodes.RunAsync("rateServiceRequest", """
                mutation($c: String!, $p: String!) { rateServiceRequest(trackingCode: $c, phone: $p, resolved: true, satisfaction: SATISFIED) { outcome } }
                """, new { c = request.TrackingCode, p = Phone }, token: "", ct: ct);
        }
        catch (GraphQLRefusedException)
        {
            // A rating whose answer was lost on the way and then repeated is refused as already given: look.
            var status = (await nodes.RunAsync("serviceRequest", "query($id: UUID!) { serviceRequest(id: $id) { status } }", new { id = request.Id }, officer, ct))
                ["serviceRequest"]!["status"]!.GetValue<string>();
            if (status != "CLOSED") throw;
        }
    }

    private async Task WhistleAsync(string grid, CancellationToken ct)
    {
        try
        {
            var whistle = await nodes.RunAsync("blowWhistle", """
                mutation($u: String!) { blowWhistle(input: { title: "井盖缺失 Manhole cover missing", grade: BLUE, orgUnitId: $u }) { id } }
                """, new { u = grid }, officer, ct);
            Whistles.Add(whistle["blowWhistle"]!["id"]!.GetValue<string>());
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            stats.Error("whistle", e.GetType().Name + ": " + Shorten(e.Message));
        }
    }

    /// <summary>A member pledges, the branch approves, the member notes first progress: three steps on the pledge-review workflow.</summary>
    private async Task PledgeAsync(CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _pledges);
        if (n >= setup.Members.Count * 5) return; // five a member a year
        var member = n % setup.Members.Count;
        try
        {
            var created = await nodes.RunAsync("createPledge", """
                mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }
                """, new
            {
                input = new { memberId = setup.Members[member], title = "帮扶独居老人 Visit elderly neighbours living alone", source = "NEED",
                              dueAt = DateTimeOffset.UtcNow.AddDays(60), target = "Visit each of them weekly" },
            }, setup.MemberTokens[member], ct);
            var id = created["createPledge"]!["id"]!.GetValue<string>();
            Pledges[id] = false;
            await Task.Delay(options.ThinkTime, ct);
            await nodes.RunAsync("reviewPledge", "mutation($id: UUID!) { reviewPledge(pledgeId: $id, decision: APPROVE) { status } }", new { id }, setup.SecretaryToken, ct);
            Pledges[id] = true;
            await Task.Delay(options.ThinkTime, ct);
            await nodes.RunAsync("addPledgeProgress", "mutation($id: UUID!) { addPledgeProgress(pledgeId: $id, note: \"First visits done\") { status } }",
                new { id }, setup.MemberTokens[member], ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            stats.Error("pledge", e.GetType().Name + ": " + Shorten(e.Message));
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
