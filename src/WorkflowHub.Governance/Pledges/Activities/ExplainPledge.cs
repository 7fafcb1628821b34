using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Pledges.Activities;

/// <summary>The member's explanation of a pledge that failed or lapsed; it lifts the flag.</summary>
public sealed class ExplainPledge : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("ExplainPledge", "Record pledge explanation", "Governance",
        "Keeps the member's explanation of a failed or lapsed pledge and lifts its flag.",
    [
        PledgeSteps.PledgeProperty,
        new("explanation", PropertyKind.Text, Required: true, Description: "Why the pledge was not fulfilled", Default: "=outputs.explain.data.reason"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var explanation = context.RequireString("explanation");
        var pledge = await PledgeSteps.LoadAsync(context);
        pledge.Explanation = explanation;
        pledge.Flagged = false;
        return ActivityResult.Done();
    }
}
