using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Pledges.Activities;

/// <summary>Moves a pledge to a status; returning it counts the return and keeps the reason, fulfilling it stamps the time.</summary>
public sealed class SetPledgeStatus : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SetPledgeStatus", "Set pledge status", "Governance",
        "Sets the status of the instance's pledge. RETURNED counts a return and keeps the reason; FULFILLED records when.",
    [
        PledgeSteps.PledgeProperty,
        new("status", PropertyKind.Choice, Required: true, Description: "The pledge's new status",
            Choices: [.. Enum.GetNames<PledgeStatus>().Select(n => n.ToUpperInvariant())]),
        new("reason", PropertyKind.Text, Description: "Why (kept as the return reason when RETURNED)"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var text = context.RequireString("status");
        if (!Enum.TryParse<PledgeStatus>(text, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            throw new ActivityFaultException($"'{context.Activity.Id}': '{text}' is not a pledge status.");
        var pledge = await PledgeSteps.LoadAsync(context);
        pledge.Status = status;
        if (status == PledgeStatus.Returned)
        {
            pledge.ReturnCount++;
            pledge.ReturnReason = context.GetString("reason");
        }
        if (status == PledgeStatus.Fulfilled) pledge.FulfilledAt = context.Now;
        return ActivityResult.Done();
    }
}
