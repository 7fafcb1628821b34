using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.People;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>
/// Asks the resident to rate the result (回访): a task for the resident, answered through <c>rateServiceRequest</c>
/// or by staff calling back through <c>completeTask</c>. Its outcome is the satisfaction; the form says whether it was resolved.
/// </summary>
public sealed class RequestRating : IActivity
{
    public static readonly IReadOnlyList<string> RatingOutcomes = Enum.GetNames<Satisfaction>();

    public ActivityDescriptor Descriptor { get; } = new("RequestRating", "Request rating", RequestSteps.Category,
        "Waits for the resident's rating (resolved? satisfied / basically satisfied / dissatisfied, comment), given in the resident app or on a call-back. Notifies the reporter.",
    [
        new("title", PropertyKind.Text, Description: "What the rating task is called", Default: JsonValue.Create("回访评价 Rate the result")),
        new("orgUnit", PropertyKind.Expression, Description: "Unit whose staff may enter a call-back rating", Default: JsonValue.Create("=variables.orgUnitId")),
        new("message", PropertyKind.Text, Description: "Message to the reporter", Default: JsonValue.Create("您的诉求已办结，请评价 Your request was handled, please rate it.")),
        RequestSteps.RequestIdProperty,
    ]);

    public IEnumerable<string> Outcomes(ActivityDefinition activity) => RatingOutcomes;

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.CreateTask(new TaskSpec(context.RequireString("title"), Roles.Resident, context.GetString("orgUnit"), RatingOutcomes,
            [
                new JsonObject { ["name"] = "resolved", ["label"] = "是否解决 Resolved?", ["type"] = "boolean", ["required"] = true },
                new JsonObject { ["name"] = "comment", ["label"] = "意见 Comment", ["type"] = "textarea", ["required"] = false },
            ], DueAt: null));
        context.Notify("default", "requester", "请评价 Please rate", context.GetString("message") ?? "");
        if (await RequestSteps.FindAsync(context) is { } request)
            RequestSteps.AddStep(context, request, "rating-requested", "请评价 Waiting for your rating", isPublic: true);
        return ActivityResult.Wait();
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        var task = context.TaskFor(context.Bookmark!) ?? throw new ActivityFaultException($"The rating task of '{context.Activity.Id}' is gone.");
        var outcome = context.Payload?["outcome"]?.GetValue<string>() ?? throw new ActivityFaultException("A rating was given without a satisfaction.");
        var data = context.Payload?["data"]?.DeepClone();
        task.Status = TaskItemStatus.Completed;
        task.Outcome = outcome;
        task.CompletedBy = context.Actor;
        task.ResultJson = data?.ToJsonString();
        task.FinishedAt = context.Now;
        return ValueTask.FromResult(ActivityResult.Done(outcome, new JsonObject { ["outcome"] = outcome, ["data"] = data, ["completedBy"] = context.Actor }));
    }
}
