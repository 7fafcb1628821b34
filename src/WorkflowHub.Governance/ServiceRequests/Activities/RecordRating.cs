using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>Writes the resident's rating onto the request and follows the satisfaction as its outcome, so the flow can close or redo.</summary>
public sealed class RecordRating : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("RecordRating", "Record rating", RequestSteps.Category,
        "Records a rating (resolved?, satisfaction, comment) on the service request and its timeline; the outcome is the satisfaction.",
    [
        new("satisfaction", PropertyKind.Expression, Required: true, Description: "Satisfied, BasicallySatisfied or Dissatisfied, e.g. =outputs.rate.outcome"),
        new("resolved", PropertyKind.Expression, Description: "Whether the resident says it was resolved, e.g. =outputs.rate.data.resolved"),
        new("comment", PropertyKind.Expression, Description: "The resident's comment, e.g. =outputs.rate.data.comment"),
        RequestSteps.RequestIdProperty,
    ]);

    public IEnumerable<string> Outcomes(ActivityDefinition activity) => RequestRating.RatingOutcomes;

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var text = context.RequireString("satisfaction");
        if (!Enum.TryParse<Satisfaction>(text.Replace("_", ""), ignoreCase: true, out var satisfaction))
            throw new ActivityFaultException($"'{context.Activity.Id}': '{text}' is not one of {string.Join(", ", RequestRating.RatingOutcomes)}.");
        var resolved = context.Evaluate("resolved") is JsonValue r && r.TryGetValue<bool>(out var b) ? b : (bool?)null;
        var comment = context.GetString("comment");
        context.Variables["rating"] = new JsonObject { ["satisfaction"] = satisfaction.ToString(), ["resolved"] = resolved, ["comment"] = comment };
        if (await RequestSteps.FindAsync(context) is { } request)
        {
            request.Rating = satisfaction;
            request.RatedResolved = resolved;
            request.RatingComment = comment is { Length: > 2000 } ? comment[..2000] : comment;
            request.RatedAt = context.Now;
            RequestSteps.AddStep(context, request, "rated", $"{satisfaction}{(resolved is false ? " · 未解决 not resolved" : "")}", isPublic: true);
        }
        return ActivityResult.Done(satisfaction.ToString());
    }
}
