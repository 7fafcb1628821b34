using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

/// <summary>The same workflow schema as <see cref="DescriptorStyleSchema"/>, written with attributes and plain classes.</summary>
public static class AttributeStyleSchema
{
    [GraphQLName("WorkflowInstance")]
    [GraphQLDescription("One run of a workflow definition.")]
    public sealed class InstanceView(WorkflowInstance instance)
    {
        public Guid Id => instance.Id;
        public string DefinitionId => instance.DefinitionId;
        public InstanceStatusView Status => (InstanceStatusView)instance.Status;
        public string? BusinessKey => instance.BusinessKey;
        public DateTimeOffset CreatedAt => instance.CreatedAt;
        public long Version => instance.Version;
        public IReadOnlyList<string> Tags => instance.Tags;
        public System.Text.Json.JsonElement? Data => instance.Data;

        public IReadOnlyList<TaskView> GetOpenTasks([Service] WorkflowStore store, int? minPriority = 0) =>
            store.Tasks.Where(t => t.InstanceId == instance.Id && t.Priority >= (minPriority ?? 0)).Select(t => new TaskView(t)).ToList();
    }

    [GraphQLName("Task")]
    public sealed class TaskView(TaskItem task)
    {
        [GraphQLDeprecated("Use instance.")]
        public Guid InstanceId => task.InstanceId;

        public Guid Id => task.Id;

        public string Title => task.Title;
        public int Priority => task.Priority;
    }

    [GraphQLName("InstanceStatus")]
    public enum InstanceStatusView
    {
        Running,
        [GraphQLDescription("A human task is open.")]
        WaitingForInput,
        Completed,
    }

    [GraphQLName("StartInstanceInput")]
    public sealed class StartInput
    {
        public required string DefinitionId { get; init; }
        public string? BusinessKey { get; init; }
        public IReadOnlyList<string> Tags { get; init; } = [];
    }

    [QueryType]
    public sealed class InstanceQueries
    {
        public InstanceView? GetInstance(Guid id, [Service] WorkflowStore store) =>
            store.Instances.Where(i => i.Id == id).Select(i => new InstanceView(i)).FirstOrDefault();

        public IReadOnlyList<InstanceView> GetInstances([Service] WorkflowStore store, InstanceStatusView? status) =>
            store.Instances.Where(i => status is null || (InstanceStatusView)i.Status == status).Select(i => new InstanceView(i)).ToList();
    }

    [MutationType]
    public sealed class InstanceMutations
    {
        public InstanceView StartInstance(StartInput input) =>
            new(new WorkflowInstance { Id = Guid.NewGuid(), DefinitionId = input.DefinitionId, BusinessKey = input.BusinessKey, Tags = input.Tags });
    }

    public static GraphQL.Types.Schema Create() => GraphQL.Sdl.SchemaBuilder.New()
        .AddTypeExtension<InstanceQueries>()
        .AddType<InstanceStatusView>()
        .AddTypeExtension<InstanceMutations>()
        .Create();
}
