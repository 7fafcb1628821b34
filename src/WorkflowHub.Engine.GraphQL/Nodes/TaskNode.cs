using System.Linq.Expressions;
using System.Text.Json.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Engine.GraphQL.Nodes;

[GraphQLName("WorkflowTask")]
[GraphQLDescription("A human task: who should do it, what they may answer, and what they answered.")]
public sealed class TaskNode
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string DefinitionId { get; init; }
    public required string Title { get; init; }
    public required string AssigneeRole { get; init; }
    public string? OrgUnitId { get; init; }
    public TaskItemStatus Status { get; init; }
    public string? ClaimedBy { get; init; }
    public string? CompletedBy { get; init; }
    public string? Outcome { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    [GraphQLIgnore] public string OutcomesJson { get; init; } = "[]";
    [GraphQLIgnore] public string FormFieldsJson { get; init; } = "[]";
    [GraphQLIgnore] public string? ResultJson { get; init; }

    [GraphQLDescription("The outcomes the assignee may choose from.")]
    public IReadOnlyList<string> Outcomes => JsonNode.Parse(OutcomesJson)!.AsArray().Select(o => o!.GetValue<string>()).ToList();

    [GraphQLDescription("The form fields to fill in, as the definition declares them.")]
    public JsonNode? FormFields => JsonNode.Parse(FormFieldsJson);

    [GraphQLDescription("The form data given on completion.")]
    public JsonNode? Result => ResultJson is null ? null : JsonNode.Parse(ResultJson);

    public static readonly Expression<Func<TaskItem, TaskNode>> Projection = t => new TaskNode
    {
        Id = t.Id,
        InstanceId = t.InstanceId,
        ActivityId = t.ActivityId,
        DefinitionId = t.DefinitionId,
        Title = t.Title,
        AssigneeRole = t.AssigneeRole,
        OrgUnitId = t.OrgUnitId,
        Status = t.Status,
        ClaimedBy = t.ClaimedBy,
        CompletedBy = t.CompletedBy,
        Outcome = t.Outcome,
        CreatedAt = t.CreatedAt,
        DueAt = t.DueAt,
        FinishedAt = t.FinishedAt,
        OutcomesJson = t.OutcomesJson,
        FormFieldsJson = t.FormFieldsJson,
        ResultJson = t.ResultJson,
    };
}
