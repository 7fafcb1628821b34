using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

public sealed class Start : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Start", "Start", "Flow", "Where every instance begins. Exactly one per definition.", []);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());
}
