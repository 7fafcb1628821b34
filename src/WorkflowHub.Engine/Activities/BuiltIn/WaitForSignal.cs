using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Waits for a named event, optionally only the one carrying a matching correlation key.</summary>
public sealed class WaitForSignal : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("WaitForSignal", "Wait for signal", "Events", "Waits until a named signal arrives.",
    [
        new("signal", PropertyKind.Text, Required: true, Description: "Signal name, e.g. resident-replied"),
        new("correlationKey", PropertyKind.Expression, Description: "Only a signal with this key resumes, e.g. =variables.trackingCode"),
        new("resultVariable", PropertyKind.Text, Description: "Variable that receives the signal's payload"),
    ]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.CreateSignalBookmark(context.RequireString("signal"), context.GetString("correlationKey"));
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        if (context.GetString("resultVariable") is { Length: > 0 } variable) context.Variables[variable] = context.Payload?.DeepClone();
        return ValueTask.FromResult(ActivityResult.Done(output: context.Payload?.DeepClone()));
    }
}
