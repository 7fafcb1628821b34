using WorkflowHub.Governance.ServiceRequests;

namespace WorkflowHub.Open311.Requests;

/// <summary>
/// GeoReport has two statuses. A request is <c>closed</c> once it is closed or cancelled; every other status —
/// received, dispatched, returned, signed for, contacted, handling, resolved but not yet rated, redo — is <c>open</c>.
/// </summary>
public static class StatusMapping
{
    public const string Open = "open", Closed = "closed";

    public static readonly ServiceRequestStatus[] ClosedStatuses = [ServiceRequestStatus.Closed, ServiceRequestStatus.Cancelled];

    public static string Of(ServiceRequestStatus status) => ClosedStatuses.Contains(status) ? Closed : Open;
}
