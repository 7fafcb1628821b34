using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Sets the instance's business status (what a resident or dashboard sees), with a note.</summary>
public sealed class SetStatus : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SetStatus", "Set status", "Data", "Sets the named business status of the instance, with a note.",
    [
        new("status", PropertyKind.Text, Required: true, Description: "e.g. dispatched"),
        new("note", PropertyKind.Text, Description: "Shown with the status"),
    ]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetBusinessStatus(context.RequireString("status"), context.GetString("note"));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
