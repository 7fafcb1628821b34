using System.Linq.Expressions;
using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Engine.GraphQL.Nodes;

[GraphQLName("WorkflowTimer")]
public sealed class TimerNode
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public required string ActivityId { get; init; }
    [GraphQLDescription("What the timer is for: a delay, a deadline, a reminder.")]
    public required string Purpose { get; init; }
    public DateTimeOffset DueAt { get; init; }
    [GraphQLDescription("The working-time calendar (or org unit) the due time was counted on; null for plain elapsed time.")]
    public string? Calendar { get; init; }
    public TimerStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FiredAt { get; init; }

    public static readonly Expression<Func<WorkflowTimer, TimerNode>> Projection = t => new TimerNode
    {
        Id = t.Id, InstanceId = t.InstanceId, ActivityId = t.ActivityId, Purpose = t.Purpose,
        DueAt = t.DueAt, Calendar = t.Calendar, Status = t.Status, CreatedAt = t.CreatedAt, FiredAt = t.FiredAt,
    };
}

[GraphQLName("Incident")]
[GraphQLDescription("A fault in an activity; the instance waits until it is retried.")]
public sealed class IncidentNode
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string ErrorType { get; init; }
    public required string Message { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public int RetryCount { get; init; }

    public static readonly Expression<Func<Incident, IncidentNode>> Projection = i => new IncidentNode
    {
        Id = i.Id, InstanceId = i.InstanceId, ActivityId = i.ActivityId, ErrorType = i.ErrorType,
        Message = i.Message, CreatedAt = i.CreatedAt, ResolvedAt = i.ResolvedAt, RetryCount = i.RetryCount,
    };
}

[GraphQLName("JournalEntry")]
[GraphQLDescription("One step of an instance's history.")]
public sealed class JournalEntryNode
{
    public int Sequence { get; init; }
    public string? ActivityId { get; init; }
    public string? ActivityType { get; init; }
    public required string Event { get; init; }
    public string? Outcome { get; init; }
    public string? Actor { get; init; }
    public DateTimeOffset At { get; init; }
    [GraphQLDescription("Inputs, outputs or the error, shortened to a few thousand characters.")]
    public string? Data { get; init; }

    public static readonly Expression<Func<JournalEntry, JournalEntryNode>> Projection = j => new JournalEntryNode
    {
        Sequence = j.Sequence, ActivityId = j.ActivityId, ActivityType = j.ActivityType, Event = j.Event,
        Outcome = j.Outcome, Actor = j.Actor, At = j.At, Data = j.Data,
    };
}

[GraphQLName("WorkflowDefinition")]
public sealed class WorkflowDefinitionNode
{
    public required string DefinitionId { get; init; }
    public int Version { get; init; }
    public required string Name { get; init; }
    public DefinitionStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? PublishedBy { get; init; }

    [GraphQLIgnore] public string Json { get; init; } = "{}";

    [GraphQLDescription("The definition itself, in the JSON format of workflows/workflow.schema.json.")]
    public JsonNode? Definition => JsonNode.Parse(Json);

    public static WorkflowDefinitionNode From(DefinitionRecord r) => new()
    {
        DefinitionId = r.DefinitionId, Version = r.Version, Name = r.Name, Status = r.Status,
        CreatedAt = r.CreatedAt, PublishedAt = r.PublishedAt, PublishedBy = r.PublishedBy, Json = r.Json,
    };

    public static readonly Expression<Func<DefinitionRecord, WorkflowDefinitionNode>> Projection = r => new WorkflowDefinitionNode
    {
        DefinitionId = r.DefinitionId, Version = r.Version, Name = r.Name, Status = r.Status,
        CreatedAt = r.CreatedAt, PublishedAt = r.PublishedAt, PublishedBy = r.PublishedBy, Json = r.Json,
    };
}
