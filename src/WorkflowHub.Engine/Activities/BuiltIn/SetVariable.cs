using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

public sealed class SetVariable : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SetVariable", "Set variable", "Data", "Sets a variable to a value or an expression's result.",
    [
        new("variable", PropertyKind.Text, Required: true, Description: "Variable name"),
        new("value", PropertyKind.Json, Required: true, Description: "A literal or an '=' expression"),
    ]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Variables[context.RequireString("variable")] = context.Evaluate("value");
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
