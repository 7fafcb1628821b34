using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Whistles.Activities;

/// <summary>Nobody reported in after a further limit: a public notice (通报) is on record.</summary>
public sealed class RecordNotice : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("RecordNotice", "Record public notice", "Governance",
        "Records a public notice (通报) on a whistle nobody reported in for. The whistle keeps waiting for a report-in.",
    [
        WhistleSteps.WhistleProperty,
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var whistle = await WhistleSteps.LoadAsync(context);
        whistle.NoticedAt = context.Now;
        if (whistle.Status == WhistleStatus.Raised) whistle.Status = WhistleStatus.Noticed;
        whistle.UpdatedAt = context.Now;
        await WhistleSteps.TouchRequestAsync(context, whistle, "noticed", $"通报 Public notice: nobody reported in at {WhistleLevels.Name(whistle.Level)}");
        return ActivityResult.Done();
    }
}
