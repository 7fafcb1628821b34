using System.Text.Json.Nodes;
using WorkflowHub.Governance.ServiceRequests;

namespace WorkflowHub.Governance.Demo;

/// <summary>
/// Submits the demo's requests through the intake and walks each to a state of its own through the service-request
/// workflow: waiting to be dispatched, signed for, returned, handled, resolved, rated and closed, redone; and, when
/// its sign-for deadline is missed, escalated by whistles that are upgraded, noticed, reported in to and resolved.
/// </summary>
public sealed class ServiceRequestDemoStep(ServiceRequestIntake intake, ServiceRequestRating rating, DemoWork work) : IDemoSeedStep
{
    private static readonly string[] Titles =
    [
        "污水井冒水 Sewage overflowing in the lane", "路灯不亮 Street light out", "楼道堆物 Clutter blocking the stairwell",
        "暖气不热 Radiators cold", "噪音扰民 Noise at night", "停水 No running water", "电梯故障 Lift out of order",
        "垃圾未清运 Rubbish not collected", "违章停车 Cars parked on the pavement", "井盖破损 Broken manhole cover",
        "独居老人需要帮助 Elderly resident living alone needs help", "树枝断裂 Broken branch hanging over the path",
    ];
    private static readonly (string Code, int Share)[] Categories = [("general", 50), ("utilities", 30), ("complex", 15), ("emergency", 5)];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];

    public int Order => 10;
    public string Name => "service requests";

    public async Task RunAsync(DemoContext context, IProgress<DemoProgress> progress, CancellationToken ct)
    {
        var staff = await work.StaffAsync(ct);
        var random = new Random(11);
        var plans = Enumerable.Range(0, context.Size.Requests).Select(i => new Plan(
            Grid: context.GridIds[i % context.GridIds.Count],
            Fate: random.Next(100),
            Input: new SubmitServiceRequestInput(
                Titles[random.Next(Titles.Length)], "演示数据 Demo data", Category(random.Next(100)), (RequestChannel)random.Next(5),
                new ReporterInput(Surnames[random.Next(Surnames.Length)] + "某", $"13{random.Next(100_000_000, 999_999_999)}", DoNotDisclose: random.Next(10) == 0),
                OrgUnitId: context.GridIds[i % context.GridIds.Count]))).ToList();

        await DemoWork.ForEachAsync(plans, Name, progress, (plan, token) => WalkAsync(plan, staff, token), ct);
    }

    private async Task WalkAsync(Plan plan, IReadOnlyDictionary<string, string> staff, CancellationToken ct)
    {
        var grid = plan.Grid;
        var community = grid[..grid.LastIndexOf("-g", StringComparison.Ordinal)];
        var worker = staff.GetValueOrDefault("grid-worker@" + grid);
        var fate = plan.Fate;
        // A few are placed only at their community, which has several grids: they wait for a dispatcher (RECEIVED).
        var input = fate < 3 ? plan.Input with { OrgUnitId = community } : plan.Input;
        var submitted = await intake.SubmitAsync(input, actor: null, ct);
        var instance = (await work.RequestInstanceAsync(submitted.Id, ct))!.Value;
        if (fate < 3) return;

        Task<bool> Do(string activity, string outcome, JsonObject? data = null, string? actor = null) =>
            work.CompleteAsync(instance, activity, outcome, data, actor ?? worker, ct);

        if (fate < 8)
        {
            await Do("signFor", "Returned", new JsonObject { ["returnReason"] = "不属于本网格 Not this grid's matter" });
            if (fate >= 6) // re-dispatched by the street's dispatcher to the grid next door, where it waits to be signed for
                await Do("dispatch", "Dispatched", new JsonObject { ["handlingUnitId"] = Neighbour(grid), ["note"] = "改派 Re-dispatched" },
                    staff.GetValueOrDefault("dispatcher@" + community[..community.LastIndexOf("-c", StringComparison.Ordinal)]));
            return;
        }
        if (fate < 16) return; // DISPATCHED, waiting to be signed for
        if (fate < 26)
        {
            await EscalateAsync(instance, fate, staff, community, ct);
            if (fate < 24) return;
        }
        await Do("signFor", "SignedFor");
        if (fate < 32) return;
        await Do("contact", "Contacted", new JsonObject { ["method"] = fate % 2 == 0 ? "phone" : "visit", ["note"] = "已联系居民 Resident contacted" });
        if (fate < 42) return; // HANDLING
        if (fate < 45)
        {
            await work.MissDeadlineAsync(instance, "handle", ct); // the feedback limit passes: overdue and reminded
            return;
        }
        if (fate < 48)
        {
            await Do("handle", "ExtensionRequested", new JsonObject { ["extension"] = "P3D", ["extensionReason"] = "需要协调物业 Needs the property manager" });
            await Do("approveExtension", "Approved", new JsonObject(), staff.GetValueOrDefault("community-admin@" + community));
            return;
        }
        await Do("handle", "Resolved", new JsonObject { ["result"] = "已处理 Done" });
        await Do("reportResult", "Reported", new JsonObject { ["summary"] = "问题已解决 The problem was solved" });
        if (fate < 58) return; // RESOLVED, waiting for the resident's rating
        if (fate < 64)
        {
            await RateAsync(submitted.Id, false, Satisfaction.Dissatisfied, "还没解决 Still not fixed", ct);
            await Do("handle", "Resolved", new JsonObject { ["result"] = "重新处理 Handled again" });
            await Do("reportResult", "Reported", new JsonObject { ["summary"] = "已彻底解决 Fixed for good" });
            await RateAsync(submitted.Id, true, Satisfaction.BasicallySatisfied, null, ct);
            return;
        }
        await RateAsync(submitted.Id, true, fate < 75 ? Satisfaction.BasicallySatisfied : Satisfaction.Satisfied, fate % 3 == 0 ? "谢谢 Thank you" : null, ct);
    }

    /// <summary>
    /// Nobody signs for it in time: the sign-for deadline fires, which raises an automatic whistle; then, by fate, nobody
    /// reports in (once: the community answers; twice: the street, with a public notice), or a department reports in and resolves it.
    /// </summary>
    private async Task EscalateAsync(Guid instance, int fate, IReadOnlyDictionary<string, string> staff, string community, CancellationToken ct)
    {
        await work.MissDeadlineAsync(instance, "signFor", ct);
        if (await work.ChildOfAsync(instance, "escalation", ct) is not { } escalation || fate < 18) return;
        if (fate < 22)
        {
            await work.MissDeadlineAsync(escalation, "reportIn", ct);
            if (fate >= 20) await work.MissDeadlineAsync(escalation, "reportIn", ct);
            return;
        }
        var contact = staff.GetValueOrDefault("department-contact@dept-urban");
        await work.CompleteAsync(escalation, "reportIn", "ReportedIn", new JsonObject { ["department"] = "城管 Urban Management", ["note"] = "已到场 On site" }, contact, ct);
        if (fate >= 24)
            await work.CompleteAsync(escalation, "handle", "Resolved", new JsonObject { ["result"] = "联合处置完毕 Handled together with the grid" }, contact, ct);
    }

    private Task RateAsync(Guid id, bool resolved, Satisfaction satisfaction, string? comment, CancellationToken ct) =>
        rating.RateAsync(new RateServiceRequestInput(id, null, null, resolved, satisfaction, comment), "resident", ct);

    private static string Category(int roll)
    {
        foreach (var (code, share) in Categories)
            if ((roll -= share) < 0) return code;
        return "general";
    }

    /// <summary>The next grid of the same community (grid 4's neighbour is grid 1).</summary>
    private static string Neighbour(string grid)
    {
        var at = grid.LastIndexOf("-g", StringComparison.Ordinal);
        var number = int.Parse(grid[(at + 2)..]);
        return $"{grid[..at]}-g{number % DemoSeeder.GridsPerCommunity + 1}";
    }

    private sealed record Plan(string Grid, int Fate, SubmitServiceRequestInput Input);
}
