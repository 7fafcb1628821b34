using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>
/// Sets the feedback deadline (DueAt): from the category's limit counted from submission, from now on a redo,
/// or moved on by an approved extension. Keeps it in the <c>dueAt</c> variable, which the handle task's deadline reads.
/// </summary>
public sealed class SetDeadline(ServiceCategoryCatalog categories) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SetDeadline", "Set deadline", RequestSteps.Category,
        "Sets a service request's feedback deadline from its category's limit (configurable), or extends it. Writes the dueAt variable.",
    [
        new("category", PropertyKind.Expression, Description: "Category whose feedback limit applies", Default: JsonValue.Create("=variables.category")),
        new("extension", PropertyKind.Duration, Description: "Move the current deadline on by this much (an approved extension), e.g. P3D"),
        new("restart", PropertyKind.Boolean, Description: "Count the category's limit again from now (a redo)", Default: false),
        new("note", PropertyKind.Text, Description: "Note for the timeline (extensions only)"),
        RequestSteps.RequestIdProperty,
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await RequestSteps.FindAsync(context);
        var current = request?.DueAt ?? (context.Variables["dueAt"] is JsonValue v && v.TryGetValue<string>(out var s) ? DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null);
        var limit = categories.FindOrFallback(context.GetString("category")).FeedbackLimit;
        var extension = context.GetDuration("extension");
        DateTimeOffset dueAt;
        if (extension is { } more) dueAt = (current ?? context.Now) + more;
        else if (context.GetBool("restart")) dueAt = context.Now + limit;
        else if (current is { } kept) dueAt = kept;
        else dueAt = (request?.SubmittedAt ?? context.Now) + limit;

        context.Variables["dueAt"] = RequestSteps.Iso(dueAt);
        context.Variables["feedbackLimit"] = System.Xml.XmlConvert.ToString(limit);
        if (request is not null)
        {
            request.DueAt = dueAt;
            if (extension is not null)
            {
                request.ExtensionCount++;
                RequestSteps.AddStep(context, request, "extended", context.GetString("note") ?? $"延期至 Extended to {RequestSteps.Iso(dueAt)}", isPublic: true);
            }
            else request.UpdatedAt = request.UpdatedAt < context.Now ? context.Now : request.UpdatedAt;
        }
        return ActivityResult.Done(output: new JsonObject { ["dueAt"] = RequestSteps.Iso(dueAt) });
    }
}
