using System.Linq.Expressions;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.Whistles;

[GraphQLName("Whistle")]
[GraphQLDescription("A matter whistled up the grid (吹哨报到): graded, at a level, waiting for a department to report in.")]
public sealed class WhistleNode
{
    public Guid Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public WhistleGrade Grade { get; init; }
    [GraphQLDescription("Who is answering it now: GRID, COMMUNITY, STREET or DISTRICT.")]
    public EscalationLevel Level { get; init; }
    [GraphQLDescription("The unit that blew the whistle.")]
    public required string OrgUnitId { get; init; }
    public required string OrgPath { get; init; }
    [GraphQLDescription("The unit whose departments must report in now.")]
    public string? RespondingUnitId { get; init; }
    public Guid? ServiceRequestId { get; init; }
    [GraphQLDescription("Raised by a missed deadline rather than by a person.")]
    public bool Automatic { get; init; }
    public string? RaisedBy { get; init; }
    public WhistleStatus Status { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
    public DateTimeOffset? ReportInDueAt { get; init; }
    public DateTimeOffset? ReportedInAt { get; init; }
    public string? ReportedInBy { get; init; }
    [GraphQLDescription("How many missed report-in limits raised its level.")]
    public int Upgrades { get; init; }
    [GraphQLDescription("When a public notice (通报) was recorded because nobody reported in.")]
    public DateTimeOffset? NoticedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? Result { get; init; }
    public Guid? InstanceId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static readonly Expression<Func<Whistle, WhistleNode>> Projection = w => new WhistleNode
    {
        Id = w.Id,
        Title = w.Title,
        Description = w.Description,
        Grade = w.Grade,
        Level = w.Level,
        OrgUnitId = w.OrgUnitId,
        OrgPath = w.OrgPath,
        RespondingUnitId = w.RespondingUnitId,
        ServiceRequestId = w.ServiceRequestId,
        Automatic = w.Automatic,
        RaisedBy = w.RaisedBy,
        Status = w.Status,
        RaisedAt = w.RaisedAt,
        ReportInDueAt = w.ReportInDueAt,
        ReportedInAt = w.ReportedInAt,
        ReportedInBy = w.ReportedInBy,
        Upgrades = w.Upgrades,
        NoticedAt = w.NoticedAt,
        ResolvedAt = w.ResolvedAt,
        Result = w.Result,
        InstanceId = w.InstanceId,
        UpdatedAt = w.UpdatedAt,
    };
}
