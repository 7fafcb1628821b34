using System.Linq.Expressions;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

/// <summary>
/// What front ends see of a request. Lists are queried as this projection, so <c>where</c>, <c>order</c> and paging
/// run in SQL over exactly these fields. The reporter's identity is not here, so no filter or order can reach it: it hangs off the node, disclosed per caller.
/// </summary>
[GraphQLName("ServiceRequest")]
[GraphQLDescription("A resident's request (诉求): where it stands, its deadlines and its rating.")]
public sealed class ServiceRequestNode
{
    public Guid Id { get; init; }
    [GraphQLDescription("Readable code to share by phone, e.g. SR-20261122-7KQ3M9.")]
    public required string TrackingCode { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Category { get; init; }
    public RequestChannel Channel { get; init; }
    public required string OrgUnitId { get; init; }
    [GraphQLDescription("The unit it is dispatched to (a grid, or a department).")]
    public string? HandlingUnitId { get; init; }
    [GraphQLDescription("Where the problem is, as the public may see it.")]
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public ServiceRequestStatus Status { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; init; }
    public DateTimeOffset? SignForDueAt { get; init; }
    public DateTimeOffset? SignedForAt { get; init; }
    [GraphQLDescription("When the resident was first contacted.")]
    public DateTimeOffset? RespondedAt { get; init; }
    [GraphQLDescription("The feedback deadline in force (the category's limit, moved by approved extensions).")]
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    [GraphQLDescription("A deadline (sign-for or feedback) passed before it was met; set by the workflow's deadline timers when they fire, and never cleared.")]
    public bool Overdue { get; init; }
    public EscalationLevel? EscalationLevel { get; init; }
    public int ReturnCount { get; init; }
    public int RedoCount { get; init; }
    public int ExtensionCount { get; init; }
    [GraphQLDescription("Whether the resident said it was resolved.")]
    public bool? RatedResolved { get; init; }
    public Satisfaction? Rating { get; init; }
    public string? RatingComment { get; init; }
    public DateTimeOffset? RatedAt { get; init; }
    [GraphQLDescription("The workflow instance that drives it.")]
    public Guid? InstanceId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static readonly Expression<Func<ServiceRequest, ServiceRequestNode>> Projection = r => new ServiceRequestNode
    {
        Id = r.Id,
        TrackingCode = r.TrackingCode,
        Title = r.Title,
        Description = r.Description,
        Category = r.Category,
        Channel = r.Channel,
        OrgUnitId = r.OrgUnitId,
        HandlingUnitId = r.HandlingUnitId,
        Location = r.Location,
        Latitude = r.Latitude,
        Longitude = r.Longitude,
        Status = r.Status,
        SubmittedAt = r.SubmittedAt,
        DispatchedAt = r.DispatchedAt,
        SignForDueAt = r.SignForDueAt,
        SignedForAt = r.SignedForAt,
        RespondedAt = r.RespondedAt,
        DueAt = r.DueAt,
        ResolvedAt = r.ResolvedAt,
        ClosedAt = r.ClosedAt,
        // The stored flag only, so that where: { overdue } is an indexed column test; the deadline timers keep it current.
        Overdue = r.Overdue,
        EscalationLevel = r.EscalationLevel,
        ReturnCount = r.ReturnCount,
        RedoCount = r.RedoCount,
        ExtensionCount = r.ExtensionCount,
        RatedResolved = r.RatedResolved,
        Rating = r.Rating,
        RatingComment = r.RatingComment,
        RatedAt = r.RatedAt,
        InstanceId = r.InstanceId,
        UpdatedAt = r.UpdatedAt,
    };
}

[GraphQLName("ServiceRequestStep")]
[GraphQLDescription("One step of a request's public timeline.")]
public sealed record TimelineStepNode(DateTimeOffset At, string Step, string? Note);

[GraphQLName("ServiceCategory")]
[GraphQLDescription("A request category and its time limits (from configuration).")]
public sealed record ServiceCategoryNode(
    string Code,
    string Name,
    [property: GraphQLDescription("Feedback limit as ISO-8601, e.g. PT2H or P7D.")] string FeedbackLimit,
    [property: GraphQLDescription("Time to sign for, in working time, as ISO-8601.")] string SignForLimit,
    double FeedbackLimitHours,
    double SignForLimitHours)
{
    public static ServiceCategoryNode From(ServiceCategory c) => new(c.Code, c.Name,
        System.Xml.XmlConvert.ToString(c.FeedbackLimit), System.Xml.XmlConvert.ToString(c.SignForLimit), c.FeedbackLimit.TotalHours, c.SignForLimit.TotalHours);
}
