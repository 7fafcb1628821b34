using System.Text.Json;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

public enum InstanceStatus { Running, WaitingForInput, Completed }

public sealed class WorkflowInstance
{
    public Guid Id { get; init; }
    public required string DefinitionId { get; init; }
    public InstanceStatus Status { get; init; }
    public string? BusinessKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public long Version { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public JsonElement? Data { get; init; }
    public string Secret { get; init; } = "s3cret";
}

public sealed class TaskItem
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public required string Title { get; init; }
    public int Priority { get; init; }
}

/// <summary>The data both schema styles read.</summary>
public sealed class WorkflowStore
{
    public static readonly Guid FirstId = Guid.Parse("6f1c1a56-2d1c-4f4e-9a59-1c3cc1b8a001");

    public List<WorkflowInstance> Instances { get; } =
    [
        new() { Id = FirstId, DefinitionId = "service-request", Status = InstanceStatus.WaitingForInput, BusinessKey = "SR-1", Version = 3, Tags = ["urgent"] },
        new() { Id = Guid.Parse("6f1c1a56-2d1c-4f4e-9a59-1c3cc1b8a002"), DefinitionId = "onboarding", Status = InstanceStatus.Completed, Version = 1 },
    ];

    public List<TaskItem> Tasks { get; } =
    [
        new() { Id = Guid.NewGuid(), InstanceId = FirstId, Title = "Approve", Priority = 2 },
        new() { Id = Guid.NewGuid(), InstanceId = FirstId, Title = "Sign", Priority = 1 },
    ];
}

public sealed class StartInstanceInput
{
    public required string DefinitionId { get; init; }
    public string? BusinessKey { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}
