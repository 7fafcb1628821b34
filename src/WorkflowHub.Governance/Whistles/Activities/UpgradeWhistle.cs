using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;

namespace WorkflowHub.Governance.Whistles.Activities;

/// <summary>A missed report-in limit: one level up (GRID → COMMUNITY → STREET → DISTRICT), answered by the parent unit.</summary>
public sealed class UpgradeWhistle : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("UpgradeWhistle", "Upgrade whistle", "Governance",
        "Raises a whistle whose report-in limit passed by one level and hands it to the parent org unit, with a new report-in limit. "
        + "At DISTRICT the level stays and only the limit restarts. Updates the variables level and respondingUnitId, and the request's escalation level.",
    [
        WhistleSteps.WhistleProperty,
        new("reportInLimit", PropertyKind.Duration, Description: "Time allowed to report in at the new level", Default: "=variables.reportInLimit"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var whistle = await WhistleSteps.LoadAsync(context);
        var limit = context.GetDuration("reportInLimit") ?? throw new ActivityFaultException($"'{context.Activity.Id}': no report-in limit.");
        if (whistle.Level < EscalationLevel.District)
        {
            whistle.Level++;
            whistle.Upgrades++;
            var responding = await context.FindAsync<OrgUnit>(whistle.RespondingUnitId ?? whistle.OrgUnitId);
            if (responding?.ParentId is { } parent) whistle.RespondingUnitId = parent;
        }
        whistle.ReportInDueAt = context.Now + limit;
        whistle.UpdatedAt = context.Now;
        WhistleSteps.Publish(context, whistle);
        await WhistleSteps.TouchRequestAsync(context, whistle, "escalated",
            $"报到超时，升级至 {WhistleLevels.Name(whistle.Level)} Nobody reported in; raised to {WhistleLevels.Name(whistle.Level)}", overdue: true);
        return ActivityResult.Done();
    }
}
