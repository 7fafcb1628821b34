using WorkflowHub.Engine.GraphQL;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.GraphQL.Whistles;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.GraphQL.Pledges;

public enum PledgeReviewDecision { Approve, Return }

public enum PledgeReviewer { Residents, Peers, Branch }

[GraphQLName("CreatePledgeInput")]
public sealed record CreatePledgeInput(string MemberId, string Title, PledgeSource Source, DateTimeOffset DueAt,
    [property: GraphQLDescription("What counts as done, measurably (\"repair 3 street lamps\").")] string Target);

[GraphQLName("RevisePledgeInput")]
public sealed record RevisePledgeInput(Guid PledgeId, string? Title, string? Target, DateTimeOffset? DueAt);

[MutationType]
public sealed class PledgeMutations
{
    [GraphQLDescription("A party member's pledge for the year of its due date; starts its pledge-review workflow. A member may make at most maxPledgesPerYear (a variable of pledge-review, 5 by default).")]
    public Task<PledgeNode> CreatePledgeAsync(CreatePledgeInput input, ClaimsPrincipal? user, [Service] PledgeLauncher launcher,
        [Service] PledgeRules rules, [Service] TimeProvider clock, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            var context = db.Open();
            var now = clock.GetUtcNow();
            var problems = new InputProblems();
            problems.Text("input.title", input.Title, 200);
            problems.Text("input.target", input.Target, 1000);
            if (input.DueAt <= now) problems.Add("input.dueAt", "The due date must be in the future.");
            var member = await context.Set<Person>().FirstOrDefaultAsync(p => p.Id == input.MemberId, ct);
            var branch = member?.BranchId is { } branchId ? await context.Set<OrgUnit>().FirstOrDefaultAsync(u => u.Id == branchId, ct) : null;
            if (member is null) problems.Add("input.memberId", $"No person '{input.MemberId}'.");
            else if (!member.PartyMember || branch is null) problems.Add("input.memberId", $"{member.Name} is not a party member of a known branch.");
            problems.ThrowIfAny("The pledge cannot be made like this");

            var year = input.DueAt.Year;
            var made = await context.Set<Pledge>().CountAsync(p => p.MemberId == member!.Id && p.Year == year, ct);
            var max = await rules.MaxPerYearAsync(ct);
            if (made >= max)
                throw InputProblems.One("input.dueAt", $"{member!.Name} already has {made} pledges for {year}; a member makes at most {max} a year.", "The pledge cannot be made like this");

            var pledge = await launcher.StartAsync(member!, branch!, input.Title, input.Source, input.Target, input.DueAt, user.PersonId(), ct);
            return await PledgeAsync(db, pledge.Id, ct);
        });

    [GraphQLDescription("The branch's review (审诺): APPROVE publishes the pledge; RETURN (with a reason) sends it back to the member to revise.")]
    public Task<PledgeNode> ReviewPledgeAsync(Guid pledgeId, PledgeReviewDecision decision, string? reason, ClaimsPrincipal? user,
        [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            var problems = new InputProblems();
            problems.Text("reason", reason, 2000, required: decision == PledgeReviewDecision.Return);
            problems.ThrowIfAny("The pledge cannot be reviewed like this");
            var outcome = decision == PledgeReviewDecision.Approve ? "Approved" : "Returned";
            return await CompleteAsync(db, runtime, pledgeId, "review", "the branch's review", outcome, new JsonObject { ["reason"] = reason }, user, ct);
        });

    [GraphQLDescription("The member's revision of a returned pledge; it goes back to the branch for review. Fields left out keep their value.")]
    public Task<PledgeNode> RevisePledgeAsync(RevisePledgeInput input, ClaimsPrincipal? user, [Service] WorkflowRuntime runtime,
        [Service] TimeProvider clock, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            var problems = new InputProblems();
            problems.Text("input.title", input.Title, 200, required: false);
            problems.Text("input.target", input.Target, 1000, required: false);
            if (input.DueAt <= clock.GetUtcNow()) problems.Add("input.dueAt", "The due date must be in the future.");
            problems.ThrowIfAny("The pledge cannot be revised like this");
            var data = new JsonObject { ["title"] = input.Title, ["target"] = input.Target, ["dueAt"] = input.DueAt is { } due ? PledgeDates.Iso(due) : null };
            return await CompleteAsync(db, runtime, input.PledgeId, "revise", "a revision", "Revised", data, user, ct);
        });

    [GraphQLDescription("A score from 1 to 5 by the residents, the member's peers or the branch (评诺). When all three are in, the weighted score is computed.")]
    public Task<PledgeNode> ScorePledgeAsync(Guid pledgeId, PledgeReviewer reviewer, int score, string? comment, ClaimsPrincipal? user,
        [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            var problems = new InputProblems();
            if (score is < 1 or > 5) problems.Add("score", "A score is from 1 to 5.");
            problems.Text("comment", comment, 2000, required: false);
            problems.ThrowIfAny("The pledge cannot be scored like this");
            return await CompleteAsync(db, runtime, pledgeId, "scoreBy" + reviewer, $"a score by the {reviewer.ToString().ToLowerInvariant()}", "Scored",
                new JsonObject { ["score"] = score, ["comment"] = comment }, user, ct);
        });

    [GraphQLDescription("A progress note on a published pledge (践诺), with an optional evidence link (http or https).")]
    public Task<PledgeNode> AddPledgeProgressAsync(Guid pledgeId, string note, string? evidenceUrl, ClaimsPrincipal? user,
        [Service] IDbContextFactory<WorkflowHubDbContext> contexts, [Service] TimeProvider clock, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            await using var context = await contexts.CreateDbContextAsync(ct);
            var pledge = await context.Set<Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pledgeId, ct)
                ?? throw new GraphQLException($"No pledge {pledgeId}.", EngineErrors.NotFound);
            var problems = new InputProblems();
            if (pledge.Status != PledgeStatus.Published)
                problems.Add("pledgeId", $"Progress is noted while a pledge is published; this one is {Upper(pledge.Status)}.");
            problems.Text("note", note, 4000);
            problems.Text("evidenceUrl", evidenceUrl, 1000, required: false);
            if (!string.IsNullOrWhiteSpace(evidenceUrl) && !(Uri.TryCreate(evidenceUrl, UriKind.Absolute, out var link) && link.Scheme is "http" or "https"))
                problems.Add("evidenceUrl", "The evidence link must be an http or https address.");
            problems.ThrowIfAny("The progress note cannot be added like this");
            context.Add(new PledgeProgress
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                PledgeId = pledgeId,
                At = clock.GetUtcNow(),
                Note = note.Trim(),
                EvidenceUrl = string.IsNullOrWhiteSpace(evidenceUrl) ? null : evidenceUrl.Trim(),
                Actor = user.PersonId(),
            });
            await context.SaveChangesAsync(ct);
            return await PledgeAsync(db, pledgeId, ct);
        });

    /// <summary>Completes the pledge's open task of the given activity of pledge-review.</summary>
    private static async Task<PledgeNode> CompleteAsync(RequestDbContexts db, WorkflowRuntime runtime, Guid pledgeId, string activityId, string what,
        string outcome, JsonObject data, ClaimsPrincipal? user, CancellationToken ct)
    {
        var context = db.Open();
        var pledge = await context.Set<Pledge>().Where(p => p.Id == pledgeId).Select(p => new { p.InstanceId, p.Status }).FirstOrDefaultAsync(ct)
            ?? throw new GraphQLException($"No pledge {pledgeId}.", EngineErrors.NotFound);
        var task = await context.Tasks
            .Where(t => t.InstanceId == pledge.InstanceId && t.ActivityId == activityId && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed))
            .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct)
            ?? throw InputProblems.One("pledgeId", $"The pledge is not waiting for {what}; it is {Upper(pledge.Status)}.", "The pledge is not waiting for this");
        await runtime.CompleteTaskAsync(task, outcome, data, user.PersonId(), ct);
        return await PledgeAsync(db, pledgeId, ct);
    }

    private static async Task<PledgeNode> PledgeAsync(RequestDbContexts db, Guid id, CancellationToken ct) =>
        await db.Open().Set<Pledge>().Where(p => p.Id == id).Select(PledgeNode.Projection).SingleAsync(ct);

    private static string Upper(PledgeStatus status) => status.ToString().ToUpperInvariant();
}
