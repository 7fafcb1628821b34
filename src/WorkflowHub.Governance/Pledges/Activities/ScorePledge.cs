using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Pledges.Activities;

/// <summary>评诺: the residents', peers' and branch's scores (1–5) and their weighted result.</summary>
public sealed class ScorePledge : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("ScorePledge", "Score pledge", "Governance",
        "Records the residents', peers' and branch's scores (1–5 each) and their weighted average; the pledge is then REVIEWED.",
    [
        PledgeSteps.PledgeProperty,
        new("residentScore", PropertyKind.Expression, Required: true, Description: "Residents' score, 1–5"),
        new("peerScore", PropertyKind.Expression, Required: true, Description: "Peers' score, 1–5"),
        new("branchScore", PropertyKind.Expression, Required: true, Description: "The branch's score, 1–5"),
        new("residentWeight", PropertyKind.Expression, Description: "Weight of the residents' score", Default: "=variables.residentWeight"),
        new("peerWeight", PropertyKind.Expression, Description: "Weight of the peers' score", Default: "=variables.peerWeight"),
        new("branchWeight", PropertyKind.Expression, Description: "Weight of the branch's score", Default: "=variables.branchWeight"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var (resident, peer, branch) = (PledgeSteps.Score(context, "residentScore"), PledgeSteps.Score(context, "peerScore"), PledgeSteps.Score(context, "branchScore"));
        var (rw, pw, bw) = (PledgeSteps.Weight(context, "residentWeight"), PledgeSteps.Weight(context, "peerWeight"), PledgeSteps.Weight(context, "branchWeight"));
        if (rw + pw + bw <= 0) throw new ActivityFaultException($"'{context.Activity.Id}': the weights add up to nothing.");
        var pledge = await PledgeSteps.LoadAsync(context);
        pledge.ResidentScore = resident;
        pledge.PeerScore = peer;
        pledge.BranchScore = branch;
        pledge.Score = Math.Round((resident * rw + peer * pw + branch * bw) / (rw + pw + bw), 2);
        pledge.Status = PledgeStatus.Reviewed;
        pledge.ReviewedAt = context.Now;
        context.Variables["score"] = pledge.Score;
        return ActivityResult.Done();
    }
}
