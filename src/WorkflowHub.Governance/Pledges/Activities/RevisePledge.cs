using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Pledges.Activities;

/// <summary>The member's revision of a returned pledge; it goes back to the branch as submitted.</summary>
public sealed class RevisePledge : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("RevisePledge", "Revise pledge", "Governance",
        "Applies a member's revision (title, target, due date; empty keeps the old value) and submits the pledge again.",
    [
        PledgeSteps.PledgeProperty,
        new("title", PropertyKind.Text, Description: "New title", Default: "=outputs.revise.data.title"),
        new("target", PropertyKind.Text, Description: "New measurable target", Default: "=outputs.revise.data.target"),
        new("dueAt", PropertyKind.Text, Description: "New due date (ISO-8601)", Default: "=outputs.revise.data.dueAt"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var pledge = await PledgeSteps.LoadAsync(context);
        if (context.GetString("title") is { Length: > 0 } title) pledge.Title = title;
        if (context.GetString("target") is { Length: > 0 } target) pledge.Target = target;
        if (context.GetInstant("dueAt") is { } dueAt)
        {
            pledge.DueAt = dueAt;
            pledge.Year = dueAt.Year;
        }
        pledge.Status = PledgeStatus.Submitted;
        context.Variables["dueAt"] = PledgeDates.Iso(pledge.DueAt);
        return ActivityResult.Done();
    }
}
