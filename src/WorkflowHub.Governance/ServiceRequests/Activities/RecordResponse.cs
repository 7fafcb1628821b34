using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>Records the first contact with the resident (the response that the response rate counts).</summary>
public sealed class RecordResponse : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("RecordResponse", "Record response", RequestSteps.Category,
        "Records that the resident was contacted: stamps RespondedAt (the first time), sets the status to Contacted and adds a timeline step.",
    [
        new("method", PropertyKind.Text, Description: "How the resident was reached: phone, visit, app; e.g. =outputs.contact.data.method"),
        new("note", PropertyKind.Text, Description: "What was agreed, for the timeline"),
        new("public", PropertyKind.Boolean, Description: "Show the note to the resident", Default: true),
        RequestSteps.RequestIdProperty,
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var method = context.GetString("method");
        var note = context.GetString("note");
        context.SetBusinessStatus("contacted", method);
        if (await RequestSteps.FindAsync(context) is { } request)
        {
            SetRequestStatus.Apply(request, ServiceRequestStatus.Contacted, context.Now);
            var text = string.Join(" · ", new[] { method is null ? null : "联系方式 " + method, note }.Where(t => !string.IsNullOrWhiteSpace(t)));
            RequestSteps.AddStep(context, request, "contacted", text.Length == 0 ? "已联系居民 The resident was contacted" : text, context.GetBool("public", true));
        }
        return ActivityResult.Done();
    }
}
