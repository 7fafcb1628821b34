using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>
/// What the service-request activities share: which request they act on and how they write its timeline.
/// Without a request id (a workflow started by hand, without <c>submitServiceRequest</c>) they only set variables.
/// </summary>
internal static class RequestSteps
{
    public const string Category = "Service requests";

    public static readonly PropertyDescriptor RequestIdProperty = new("serviceRequestId", PropertyKind.Expression,
        Description: "The request acted on; the workflow's serviceRequestId input unless changed", Default: JsonValue.Create("=variables.serviceRequestId"));

    public static async ValueTask<ServiceRequest?> FindAsync(ActivityContext context)
    {
        var text = context.GetString("serviceRequestId");
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!Guid.TryParse(text, out var id)) throw new ActivityFaultException($"'{context.Activity.Id}': '{text}' is not a service request id.");
        return await context.FindAsync<ServiceRequest>(id) ?? throw new ActivityFaultException($"'{context.Activity.Id}': no service request {id}.");
    }

    /// <summary>
    /// Adds a timeline step. Steps of one commit share the clock's instant, so each is placed one tick after the
    /// request's last change: the timeline then reads in the order things happened.
    /// </summary>
    public static void AddStep(ActivityContext context, ServiceRequest request, string step, string? note, bool isPublic)
    {
        var at = request.UpdatedAt >= context.Now ? request.UpdatedAt.AddTicks(1) : context.Now;
        context.Add(new ServiceRequestStep
        {
            Id = Guid.CreateVersion7(at),
            RequestId = request.Id,
            At = at,
            Step = step,
            Note = string.IsNullOrWhiteSpace(note) ? null : Trim(note, 2000),
            Public = isPublic,
            Actor = context.Actor,
        });
        request.UpdatedAt = at;
    }

    /// <summary>Instants kept in variables are ISO-8601 UTC with milliseconds, which JavaScript's Date reads.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}
