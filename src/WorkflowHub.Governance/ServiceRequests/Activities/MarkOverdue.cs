using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>Flags a request overdue (a deadline passed before it was met); the flag stays for metrics even after it is done.</summary>
public sealed class MarkOverdue : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("MarkOverdue", "Mark overdue", RequestSteps.Category,
        "Flags a service request overdue and records which deadline was missed on its (internal) timeline. Sets the overdue variable.",
    [
        new("note", PropertyKind.Text, Description: "Which deadline passed, e.g. 签收超时 sign-for limit passed"),
        new("public", PropertyKind.Boolean, Description: "Show the step to the resident", Default: false),
        RequestSteps.RequestIdProperty,
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Variables["overdue"] = true;
        if (await RequestSteps.FindAsync(context) is { } request)
        {
            request.Overdue = true;
            RequestSteps.AddStep(context, request, "overdue", context.GetString("note"), context.GetBool("public"));
        }
        return ActivityResult.Done();
    }
}
