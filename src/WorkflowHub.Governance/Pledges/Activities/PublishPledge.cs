using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Pledges.Activities;

/// <summary>The branch approved the pledge: it goes on the public list (晒诺).</summary>
public sealed class PublishPledge : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("PublishPledge", "Publish pledge", "Governance",
        "Publishes an approved pledge on the public list (晒诺).",
    [
        PledgeSteps.PledgeProperty,
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var pledge = await PledgeSteps.LoadAsync(context);
        pledge.Status = PledgeStatus.Published;
        pledge.PublishedAt = context.Now;
        return ActivityResult.Done();
    }
}
