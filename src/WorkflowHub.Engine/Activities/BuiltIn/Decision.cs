using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

public sealed class Decision : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Decision", "Decision", "Flow", "Follows True or False depending on a condition.",
    [
        new("condition", PropertyKind.Condition, Required: true, Description: "JavaScript condition, e.g. variables.amount > 100"),
    ]);

    public IEnumerable<string> Outcomes(Definitions.ActivityDefinition activity) => ["True", "False"];

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var condition = context.Raw("condition")!.GetValue<string>().TrimStart('=');
        return ValueTask.FromResult(ActivityResult.Done(Truthy.Of(context.EvaluateExpression(condition)) ? "True" : "False"));
    }
}
