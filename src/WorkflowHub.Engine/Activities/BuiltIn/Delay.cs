using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

public sealed class Delay : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Delay", "Delay", "Time", "Waits for a duration, on a durable timer.",
    [
        new("duration", PropertyKind.Duration, Required: true, Description: "e.g. PT2H, 7d, or an '=' expression"),
        new("calendar", PropertyKind.Text, Description: "Count working time on this calendar or org unit's calendar, e.g. default or =variables.orgUnitId"),
    ]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var duration = context.GetDuration("duration") ?? throw new ActivityFaultException($"Delay '{context.Activity.Id}' has no duration.");
        var calendar = context.GetString("calendar");
        context.CreateTimer("delay", context.DueAfter(duration, calendar), NullIfEmpty(calendar));
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());

    internal static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
