using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>Starts a child instance of the latest published version; optionally waits for it to finish.</summary>
public sealed class StartWorkflow : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("StartWorkflow", "Start workflow", "Flow", "Starts a child workflow, optionally waiting for it.",
    [
        new("definitionId", PropertyKind.Text, Required: true, Description: "The child's definition id"),
        new("input", PropertyKind.Json, Description: "Input object; values may be '=' expressions"),
        new("wait", PropertyKind.Boolean, Description: "Wait until the child completes", Default: false),
        new("resultVariable", PropertyKind.Text, Description: "Variable that receives the child's final variables"),
    ], new OutcomeRules(["Done"], [new("wait", DynamicOutcomeKind.FixedWhenTrue, "Cancelled when the waited-for child is cancelled", Outcome: "Cancelled")]));

    public IEnumerable<string> Outcomes(ActivityDefinition activity) =>
        activity.Property("wait") is JsonValue w && w.TryGetValue<bool>(out var wait) && wait ? ["Done", "Cancelled"] : ["Done"];

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var child = await context.StartChildAsync(context.RequireString("definitionId"), context.Evaluate("input"));
        var output = new JsonObject { ["instanceId"] = child.Id.ToString() };
        if (!context.GetBool("wait")) return ActivityResult.Done(output: output);
        return child.Status switch
        {
            InstanceStatus.Completed => Finish(context, "Completed", JsonNode.Parse(child.VariablesJson), child.Id),
            InstanceStatus.Cancelled => Finish(context, "Cancelled", JsonNode.Parse(child.VariablesJson), child.Id),
            _ => WaitFor(context, child.Id),
        };
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context) =>
        ValueTask.FromResult(Finish(context, context.Payload?["status"]?.GetValue<string>() ?? "Completed", context.Payload?["variables"], context.Bookmark!.ChildInstanceId!.Value));

    private static ActivityResult WaitFor(ActivityContext context, Guid childId)
    {
        context.CreateChildBookmark(childId);
        return ActivityResult.Wait();
    }

    private static ActivityResult Finish(ActivityContext context, string status, JsonNode? variables, Guid childId)
    {
        if (context.GetString("resultVariable") is { Length: > 0 } name) context.Variables[name] = variables?.DeepClone();
        var output = new JsonObject { ["instanceId"] = childId.ToString(), ["status"] = status };
        return ActivityResult.Done(status == "Cancelled" ? "Cancelled" : "Done", output);
    }
}
