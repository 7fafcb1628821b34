using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Writes an outbox row in the step's own transaction; a channel delivers it afterwards.</summary>
public sealed class Notify : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Notify", "Notify", "Messaging", "Sends a message through a channel (via the outbox).",
    [
        new("to", PropertyKind.Text, Required: true, Description: "Recipient: a role, a person or an '=' expression"),
        new("message", PropertyKind.Text, Required: true, Description: "Message text"),
        new("subject", PropertyKind.Text, Description: "Subject line"),
        new("channel", PropertyKind.Text, Description: "Delivery channel", Default: "default"),
    ]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Notify(context.GetString("channel") ?? "default", context.RequireString("to"), context.GetString("subject"), context.RequireString("message"));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
