using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Ends the whole instance, cancelling any path still waiting.</summary>
public sealed class End : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("End", "End", "Flow", "Completes the instance and cancels every other waiting path.",
    [
        new("status", PropertyKind.Text, Description: "Final business status, e.g. \"closed\"."),
    ]);

    public IEnumerable<string> Outcomes(Definitions.ActivityDefinition activity) => [];

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.GetString("status") is { Length: > 0 } status) context.SetBusinessStatus(status, null);
        return ValueTask.FromResult(ActivityResult.EndInstance());
    }
}
