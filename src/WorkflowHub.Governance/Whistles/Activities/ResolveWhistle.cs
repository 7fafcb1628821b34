using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Whistles.Activities;

/// <summary>The matter the whistle was about is dealt with.</summary>
public sealed class ResolveWhistle : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("ResolveWhistle", "Resolve whistle", "Governance",
        "Closes a whistle with the responding department's result.",
    [
        WhistleSteps.WhistleProperty,
        new("result", PropertyKind.Text, Description: "What was done",
            Default: "=outputs.handle && outputs.handle.data ? outputs.handle.data.result : null"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var whistle = await WhistleSteps.LoadAsync(context);
        whistle.Status = WhistleStatus.Resolved;
        whistle.ResolvedAt = context.Now;
        whistle.Result = context.GetString("result");
        whistle.UpdatedAt = context.Now;
        await WhistleSteps.TouchRequestAsync(context, whistle, "whistle-resolved", $"吹哨事项已处置 Whistle resolved: {whistle.Result}");
        return ActivityResult.Done();
    }
}
