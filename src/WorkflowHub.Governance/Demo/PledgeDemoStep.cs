using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Demo;

/// <summary>
/// Makes the demo's pledges through the launcher and walks each through pledge-review to a state of its own: waiting
/// for review, returned as vague (and some revised and published), published, fulfilled, scored by residents, peers and
/// the branch, failed and explained, or lapsed (its fulfilment deadline fired now) and flagged.
/// </summary>
public sealed class PledgeDemoStep(PledgeLauncher launcher, DemoWork work, IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock) : IDemoSeedStep
{
    private static readonly (string Title, PledgeSource Source, string Target)[] Pledges =
    [
        ("修好小区路灯 Fix the estate's street lights", PledgeSource.Problem, "Repair 3 street lamps"),
        ("为独居老人送餐 Meals for elderly residents living alone", PledgeSource.Need, "Deliver meals to 5 residents weekly"),
        ("组织垃圾分类宣传 Teach rubbish sorting", PledgeSource.Task, "Hold 4 sessions, 100 households reached"),
        ("清理楼道堆物 Clear the stairwells", PledgeSource.Problem, "Clear 10 stairwells"),
        ("辅导孩子功课 Homework help for children", PledgeSource.Need, "Tutor 6 children every Saturday"),
        ("协助疫苗接种 Help with vaccinations", PledgeSource.Task, "Staff 8 vaccination days"),
    ];

    public int Order => 20;
    public string Name => "pledges";

    public async Task RunAsync(DemoContext context, IProgress<DemoProgress> progress, CancellationToken ct)
    {
        var staff = await work.StaffAsync(ct);
        Dictionary<string, Person> members;
        Dictionary<string, OrgUnit> branches;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            members = await db.Set<Person>().AsNoTracking().Where(p => context.PartyMemberIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            var branchIds = members.Values.Select(m => m.BranchId).Distinct().ToList();
            branches = await db.Set<OrgUnit>().AsNoTracking().Where(u => branchIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        }
        var now = clock.GetUtcNow();
        var random = new Random(13);
        var plans = Enumerable.Range(0, context.Size.Pledges).Select(i => new Plan(
            members[context.PartyMemberIds[i % context.PartyMemberIds.Count]], Pledges[random.Next(Pledges.Length)], random.Next(100),
            now.AddDays(random.Next(30, 300)))).ToList();

        await DemoWork.ForEachAsync(plans, Name, progress, (plan, token) => WalkAsync(plan, branches[plan.Member.BranchId!], staff, token), ct);
    }

    private async Task WalkAsync(Plan plan, OrgUnit branch, IReadOnlyDictionary<string, string> staff, CancellationToken ct)
    {
        var member = plan.Member.Id;
        var secretary = staff.GetValueOrDefault("branch-secretary@" + branch.Id);
        var pledge = await launcher.StartAsync(plan.Member, branch, plan.Pledge.Title, plan.Pledge.Source, plan.Pledge.Target, plan.DueAt, member, ct);
        var instance = pledge.InstanceId!.Value;
        var fate = plan.Fate;
        Task<bool> Do(string activity, string outcome, JsonObject? data, string? actor) => work.CompleteAsync(instance, activity, outcome, data, actor, ct);

        if (fate < 10) return; // SUBMITTED, waiting for the branch's review
        if (fate < 26)
        {
            await Do("review", "Returned", new JsonObject { ["reason"] = "目标不够具体 The target is too vague" }, secretary);
            if (fate < 18) return; // RETURNED, waiting for the member's revision
            await Do("revise", "Revised", new JsonObject { ["target"] = plan.Pledge.Target + ", with a photo of each" }, member);
        }
        await Do("review", "Approved", new JsonObject(), secretary);
        if (fate < 50) return; // PUBLISHED, being fulfilled
        if (fate >= 93)
        {
            await work.MissDeadlineAsync(instance, "fulfil", ct); // LAPSED: flagged, an explanation is asked for
            if (fate >= 97) await Do("explain", "Explained", new JsonObject { ["reason"] = "工作调动 Moved to another post" }, member);
            return;
        }
        if (fate >= 85)
        {
            await Do("fulfil", "Failed", new JsonObject { ["summary"] = "未能完成 Could not be done" }, member);
            if (fate >= 89) await Do("explain", "Explained", new JsonObject { ["reason"] = "资金未到位 The funds did not arrive" }, member);
            return;
        }
        await Do("fulfil", "Fulfilled", new JsonObject { ["summary"] = "已完成目标 Target met" }, member);
        if (fate < 60) return; // FULFILLED, waiting for its scores
        await Do("scoreByResidents", "Scored", new JsonObject { ["score"] = 3 + fate % 3 }, staff.GetValueOrDefault("resident@" + branch.Id));
        await Do("scoreByPeers", "Scored", new JsonObject { ["score"] = 3 + fate % 2 }, member);
        await Do("scoreByBranch", "Scored", new JsonObject { ["score"] = 4 + fate % 2 }, secretary); // REVIEWED
    }

    private sealed record Plan(Person Member, (string Title, PledgeSource Source, string Target) Pledge, int Fate, DateTimeOffset DueAt);
}
