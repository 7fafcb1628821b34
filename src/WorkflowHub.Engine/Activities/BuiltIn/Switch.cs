using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Follows the first case whose condition holds, or Default.</summary>
public sealed class Switch : IActivity
{
    public const string DefaultOutcome = "Default";

    public ActivityDescriptor Descriptor { get; } = new("Switch", "Switch", "Flow", "Follows the first case whose condition holds, else Default.",
    [
        new("cases", PropertyKind.Cases, Required: true, Description: "[{ \"outcome\": \"Emergency\", \"condition\": \"variables.category === 'emergency'\" }]"),
    ], new OutcomeRules([DefaultOutcome], [new("cases", DynamicOutcomeKind.EachCase, "Each case's outcome; Default when no case holds")]));

    public IEnumerable<string> Outcomes(ActivityDefinition activity) =>
        Cases(activity).Select(c => c.Outcome).Append(DefaultOutcome).Distinct();

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        foreach (var (outcome, condition) in Cases(context.Activity))
            if (Truthy.Of(context.EvaluateExpression(condition.TrimStart('='))))
                return ValueTask.FromResult(ActivityResult.Done(outcome));
        return ValueTask.FromResult(ActivityResult.Done(DefaultOutcome));
    }

    private static IEnumerable<(string Outcome, string Condition)> Cases(ActivityDefinition activity) =>
        (activity.Property("cases") as JsonArray ?? [])
        .OfType<JsonObject>()
        .Where(c => c["outcome"] is JsonValue && c["condition"] is JsonValue)
        .Select(c => (c["outcome"]!.GetValue<string>(), c["condition"]!.GetValue<string>()));
}
