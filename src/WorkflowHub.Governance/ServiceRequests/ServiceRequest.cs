namespace WorkflowHub.Governance.ServiceRequests;

/// <summary>How a request reached the grid: a door-knocking visit, the hotline, the app, a walk-in or an after-hours locker.</summary>
public enum RequestChannel { Visit, Hotline, App, WalkIn, Locker }

public enum ServiceRequestStatus { Received, Dispatched, Returned, SignedFor, Contacted, Handling, Resolved, Redo, Closed, Cancelled }

public enum Satisfaction { Satisfied, BasicallySatisfied, Dissatisfied }

/// <summary>Who is answering a whistle or an overdue case, from the grid up to the district platform.</summary>
public enum EscalationLevel { Grid, Community, Street, District }

/// <summary>
/// A resident's request (诉求) and where it stands. Its workflow instance drives it; the domain activities of that
/// workflow keep these columns current in the same transaction, so lists and metrics are plain SQL over this table.
/// The reporter's identity is kept apart, in <see cref="Reporter"/>.
/// </summary>
public sealed class ServiceRequest
{
    public Guid Id { get; set; }
    /// <summary>Human-readable and unguessable enough to share by phone, e.g. "SR-20261122-7KQ3M9".</summary>
    public required string TrackingCode { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public required string Category { get; set; }
    public RequestChannel Channel { get; set; }
    /// <summary>The unit the request belongs to (given, or found from the location).</summary>
    public required string OrgUnitId { get; set; }
    /// <summary>The unit it is dispatched to (usually a grid; a department when dispatched there).</summary>
    public string? HandlingUnitId { get; set; }
    /// <summary>Path of the handling unit (or of the org unit before dispatch): subtree filters and metrics use it.</summary>
    public required string OrgPath { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>Where the problem is, as the public may see it (not the reporter's home address).</summary>
    public string? Location { get; set; }

    public ServiceRequestStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public DateTimeOffset? SignForDueAt { get; set; }
    public DateTimeOffset? SignedForAt { get; set; }
    /// <summary>When the resident was first contacted (the response).</summary>
    public DateTimeOffset? RespondedAt { get; set; }
    /// <summary>The feedback deadline in force (from the category's limit, moved by an approved extension).</summary>
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>Set once a deadline of this request passed before it was met; never cleared.</summary>
    public bool Overdue { get; set; }
    public EscalationLevel? EscalationLevel { get; set; }
    public int ReturnCount { get; set; }
    public int RedoCount { get; set; }
    public int ExtensionCount { get; set; }

    public bool? RatedResolved { get; set; }
    public Satisfaction? Rating { get; set; }
    public string? RatingComment { get; set; }
    public DateTimeOffset? RatedAt { get; set; }

    public Guid? InstanceId { get; set; }
    public Guid ReporterId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The reporter's identity: personal data, kept in its own table so that reading it can be guarded and audited.</summary>
public sealed class Reporter
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Phone { get; set; }
    public string? Address { get; set; }
    /// <summary>The reporter asked not to be disclosed: the handling department never sees who they are.</summary>
    public bool DoNotDisclose { get; set; }
}

/// <summary>One step of a request's history. Public steps form the timeline the resident sees.</summary>
public sealed class ServiceRequestStep
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>What happened, e.g. "received", "dispatched", "signed-for", "returned", "rated".</summary>
    public required string Step { get; set; }
    public string? Note { get; set; }
    /// <summary>Shown to the resident (and through Open311's status notes).</summary>
    public bool Public { get; set; }
    public string? Actor { get; set; }
}
