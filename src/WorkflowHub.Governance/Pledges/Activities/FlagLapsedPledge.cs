using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Pledges.Activities;

/// <summary>The due date passed without fulfilment: the pledge lapses and is flagged until the member explains.</summary>
public sealed class FlagLapsedPledge : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("FlagLapsedPledge", "Flag lapsed pledge", "Governance",
        "Marks a pledge not fulfilled by its due date as LAPSED and flags it until the member explains.",
    [
        PledgeSteps.PledgeProperty,
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var pledge = await PledgeSteps.LoadAsync(context);
        pledge.Status = PledgeStatus.Lapsed;
        pledge.Flagged = true;
        return ActivityResult.Done();
    }
}
