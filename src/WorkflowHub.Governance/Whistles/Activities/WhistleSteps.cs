using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.ServiceRequests;

namespace WorkflowHub.Governance.Whistles.Activities;

/// <summary>What the whistle activities share: finding the whistle, naming levels, and keeping the request it is about in step.</summary>
internal static class WhistleSteps
{
    public static readonly PropertyDescriptor WhistleProperty =
        new("whistle", PropertyKind.Expression, Description: "Id of the whistle (set by RaiseWhistle)", Default: "=variables.whistleId");

    public static async Task<Whistle> LoadAsync(ActivityContext context)
    {
        var text = context.RequireString("whistle");
        if (!Guid.TryParse(text, out var id))
            throw new ActivityFaultException($"'{context.Activity.Id}': '{text}' is not a whistle id.");
        return await context.FindAsync<Whistle>(id) ?? throw new ActivityFaultException($"'{context.Activity.Id}': no whistle {id}.");
    }

    /// <summary>Tells the workflow where the whistle stands, so that the report-in task goes to the right unit.</summary>
    public static void Publish(ActivityContext context, Whistle whistle)
    {
        context.Variables["whistleId"] = whistle.Id.ToString();
        context.Variables["level"] = WhistleLevels.Name(whistle.Level);
        context.Variables["respondingUnitId"] = whistle.RespondingUnitId;
    }

    /// <summary>Brings the request the whistle is about up to date and adds a step to its public timeline.</summary>
    public static async Task TouchRequestAsync(ActivityContext context, Whistle whistle, string step, string note, bool overdue = false)
    {
        if (whistle.ServiceRequestId is not { } requestId) return;
        var request = await context.FindAsync<ServiceRequest>(requestId)
            ?? throw new ActivityFaultException($"'{context.Activity.Id}': the whistle is about service request {requestId}, which does not exist.");
        request.EscalationLevel = whistle.Level;
        if (overdue) request.Overdue = true;
        request.UpdatedAt = context.Now;
        context.Add(new ServiceRequestStep
        {
            Id = Guid.CreateVersion7(context.Now),
            RequestId = requestId,
            At = context.Now,
            Step = step,
            Note = note,
            Public = true,
            Actor = context.Actor,
        });
    }
}
