using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Whistles.Activities;

/// <summary>A department reported in (报到): the whistle is being answered.</summary>
public sealed class RecordReportIn : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("RecordReportIn", "Record report-in", "Governance",
        "Records that a department reported in for the whistle, and when.",
    [
        WhistleSteps.WhistleProperty,
        new("department", PropertyKind.Text, Description: "Who reported in; empty: the person who completed the task",
            Default: "=outputs.reportIn && outputs.reportIn.data ? outputs.reportIn.data.department : null"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var whistle = await WhistleSteps.LoadAsync(context);
        whistle.Status = WhistleStatus.ReportedIn;
        whistle.ReportedInAt = context.Now;
        whistle.ReportedInBy = context.GetString("department") is { Length: > 0 } department ? department : context.Actor;
        whistle.UpdatedAt = context.Now;
        await WhistleSteps.TouchRequestAsync(context, whistle, "reported-in", $"报到 Reported in: {whistle.ReportedInBy}");
        return ActivityResult.Done();
    }
}
