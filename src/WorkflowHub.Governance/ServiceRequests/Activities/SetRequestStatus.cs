using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>
/// Moves a request to a status, writes the timeline step the resident sees, and keeps the dates that metrics count
/// (signed for, responded, resolved, closed) and the overdue flag current. Also sets the instance's business status.
/// </summary>
public sealed class SetRequestStatus : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SetRequestStatus", "Set request status", RequestSteps.Category,
        "Sets a service request's status with a note for its timeline; stamps SignedForAt, RespondedAt, ResolvedAt or ClosedAt and marks it overdue when a deadline was missed.",
    [
        new("status", PropertyKind.Choice, Required: true, Description: "The new status", Choices: Enum.GetNames<ServiceRequestStatus>()),
        new("note", PropertyKind.Text, Description: "Note for the timeline, e.g. =outputs.signFor.data.returnReason"),
        new("public", PropertyKind.Boolean, Description: "Show the step to the resident", Default: true),
        new("step", PropertyKind.Text, Description: "Name of the timeline step (default: the status in kebab case)"),
        RequestSteps.RequestIdProperty,
    ]);

    public void Validate(ActivityDefinition activity, ActivityValidation validation)
    {
        if (activity.Property("status")?.ToString() is { } s && !s.StartsWith('=') && !Enum.TryParse<ServiceRequestStatus>(s, out _))
            validation.PropertyError("status", $"'{s}' is not a request status: {string.Join(", ", Enum.GetNames<ServiceRequestStatus>())}.");
    }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var text = context.RequireString("status");
        if (!Enum.TryParse<ServiceRequestStatus>(text, ignoreCase: true, out var status))
            throw new ActivityFaultException($"'{context.Activity.Id}': '{text}' is not a request status.");
        var note = context.GetString("note");
        var step = context.GetString("step") ?? StepName(status);
        context.SetBusinessStatus(StepName(status), note);
        if (await RequestSteps.FindAsync(context) is not { } request) return ActivityResult.Done();

        Apply(request, status, context.Now);
        RequestSteps.AddStep(context, request, step, note, context.GetBool("public", true));
        return ActivityResult.Done();
    }

    internal static void Apply(ServiceRequest request, ServiceRequestStatus status, DateTimeOffset now)
    {
        request.Status = status;
        switch (status)
        {
            case ServiceRequestStatus.SignedFor:
                request.SignedForAt = now;
                if (request.SignForDueAt < now) request.Overdue = true;
                break;
            case ServiceRequestStatus.Contacted:
                request.RespondedAt ??= now;
                break;
            case ServiceRequestStatus.Returned:
                request.ReturnCount++;
                request.HandlingUnitId = null;
                request.SignForDueAt = null;
                break;
            case ServiceRequestStatus.Resolved:
                request.ResolvedAt = now;
                if (request.DueAt < now) request.Overdue = true;
                break;
            case ServiceRequestStatus.Redo:
                request.RedoCount++;
                request.ResolvedAt = null;
                break;
            case ServiceRequestStatus.Closed or ServiceRequestStatus.Cancelled:
                request.ClosedAt = now;
                break;
        }
    }

    internal static string StepName(ServiceRequestStatus status) => status switch
    {
        ServiceRequestStatus.SignedFor => "signed-for",
        _ => status.ToString().ToLowerInvariant(),
    };
}
