using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Engine.Timing;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Waits until a duration has passed, an instant, or the next time a cron schedule fires.</summary>
public sealed class Timer : IActivity
{
    private static readonly string[] Modes = ["duration", "at", "cron"];

    public ActivityDescriptor Descriptor { get; } = new("Timer", "Timer", "Time", "Waits for a duration, until an instant, or for the next cron occurrence.",
    [
        new("duration", PropertyKind.Duration, Description: "e.g. PT30M"),
        new("at", PropertyKind.Instant, Description: "ISO-8601 instant, e.g. 2026-12-01T09:00:00+08:00"),
        new("cron", PropertyKind.Cron, Description: "5 or 6 fields, e.g. 0 9 * * MON-FRI"),
        new("timeZone", PropertyKind.Text, Description: "IANA time zone for cron, default Asia/Shanghai"),
        new("calendar", PropertyKind.Text, Description: "With duration: count working time on this calendar or org unit's calendar"),
    ]);

    public void Validate(ActivityDefinition activity, ActivityValidation validation)
    {
        var given = Modes.Count(activity.Properties.ContainsKey);
        if (given != 1) validation.Error($"Timer '{activity.Id}' needs exactly one of duration, at, cron; it has {given}.");
        if (activity.Properties.ContainsKey("calendar") && !activity.Properties.ContainsKey("duration"))
            validation.PropertyError("calendar", $"Timer '{activity.Id}': a calendar counts working time for a duration; use it with 'duration'.");
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calendar = Delay.NullIfEmpty(context.GetString("calendar"));
        context.CreateTimer("timer", DueAt(context, calendar), calendar);
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());

    private static DateTimeOffset DueAt(ActivityContext context, string? calendar)
    {
        if (context.GetDuration("duration") is { } duration) return context.DueAfter(duration, calendar);
        if (context.GetInstant("at") is { } at) return at < context.Now ? context.Now : at;
        var cron = CronSchedule.Parse(context.RequireString("cron"));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(context.GetString("timeZone") ?? "Asia/Shanghai");
        return cron.GetNextOccurrence(context.Now, zone)
            ?? throw new ActivityFaultException($"Cron '{cron}' of '{context.Activity.Id}' never fires again.");
    }
}
