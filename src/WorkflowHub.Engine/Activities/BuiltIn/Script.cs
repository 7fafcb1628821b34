using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Runs sandboxed JavaScript that may change variables and pick an outcome with setOutcome().</summary>
public sealed class Script : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Script", "Script", "Data", "Runs JavaScript (sandboxed) over the variables.",
    [
        new("script", PropertyKind.Script, Required: true, Description: "e.g. variables.total = variables.a + variables.b;"),
        new("outcomes", PropertyKind.StringList, Description: "Outcomes the script may choose with setOutcome(name)", Default: new JsonArray("Done")),
    ], new OutcomeRules([], [new("outcomes", DynamicOutcomeKind.EachItem, "Outcomes the script may choose (default Done)")]));

    public IEnumerable<string> Outcomes(ActivityDefinition activity) =>
        (activity.Property("outcomes") as JsonArray)?.Select(o => o!.GetValue<string>()) ?? [ActivityResult.DefaultOutcome];

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ScriptResult result;
        try
        {
            result = context.ExecuteScript(context.Raw("script")!.GetValue<string>());
        }
        catch (ScriptFaultException e)
        {
            throw new ActivityFaultException($"Script '{context.Activity.Id}': {e.Message}", e);
        }
        foreach (var name in context.Variables.Select(p => p.Key).ToList().Where(k => !result.Variables.ContainsKey(k)))
            context.Variables.Remove(name);
        foreach (var (name, value) in result.Variables)
            context.Variables[name] = value?.DeepClone();

        var allowed = Outcomes(context.Activity).ToList();
        var chosen = result.Outcomes.Count == 0 ? [allowed[0]] : result.Outcomes.Distinct().ToList();
        if (chosen.FirstOrDefault(o => !allowed.Contains(o)) is { } unknown)
            throw new ActivityFaultException($"Script '{context.Activity.Id}' chose outcome '{unknown}', which is not among its outcomes: {string.Join(", ", allowed)}.");
        return ValueTask.FromResult(ActivityResult.DoneWith(chosen));
    }
}
