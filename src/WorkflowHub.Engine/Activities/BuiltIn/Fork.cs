using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Starts one path per branch; a Join downstream brings them back together.</summary>
public sealed class Fork : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Fork", "Fork", "Flow", "Runs several branches side by side.",
    [
        new("branches", PropertyKind.StringList, Required: true, Description: "Outcome names, one per branch, e.g. [\"Work\", \"Watch\"]"),
    ], new OutcomeRules([], [new("branches", DynamicOutcomeKind.EachItem, "One outcome per branch")]));

    public IEnumerable<string> Outcomes(ActivityDefinition activity) => Branches(activity);

    public void Validate(ActivityDefinition activity, ActivityValidation validation)
    {
        if (activity.Property("branches") is JsonArray { Count: < 2 })
            validation.PropertyError("branches", "A Fork needs at least two branches.");
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        // A Fork entered again (a loop) starts its Joins afresh.
        foreach (var join in context.Graph.JoinsOf(context.Activity.Id))
            JoinState.Reset(context, join);
        return ValueTask.FromResult(ActivityResult.DoneWith(Branches(context.Activity)));
    }

    private static IEnumerable<string> Branches(ActivityDefinition activity) =>
        (activity.Property("branches") as JsonArray ?? []).Select(b => b!.GetValue<string>());
}
