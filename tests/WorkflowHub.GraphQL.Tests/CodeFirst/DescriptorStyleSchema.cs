using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Types.Scalars;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

/// <summary>The workflow schema written with descriptor classes, one type per class.</summary>
public static class DescriptorStyleSchema
{
    public sealed class WorkflowInstanceType : ObjectType<WorkflowInstance>
    {
        protected override void Configure(IObjectTypeDescriptor<WorkflowInstance> d)
        {
            d.Name("WorkflowInstance").Description("One run of a workflow definition.");
            d.Field(x => x.Id).Type<NonNullType<UuidType>>();
            d.Ignore(x => x.Secret);
        }
    }

    /// <summary>Fields that are not on the CLR type live in an extension, so that they come after the inferred ones.</summary>
    public sealed class WorkflowInstanceTasks : ObjectTypeExtension<WorkflowInstance>
    {
        protected override void Configure(IObjectTypeDescriptor<WorkflowInstance> d) =>
            d.Field("openTasks")
                .Type<NonNullType<ListType<NonNullType<TaskItemType>>>>()
                .Argument("minPriority", a => a.Type<IntType>().DefaultValue(0))
                .Resolve(ctx => ctx.Service<WorkflowStore>().Tasks
                    .Where(t => t.InstanceId == ctx.Parent<WorkflowInstance>().Id && t.Priority >= ctx.ArgumentValue<int>("minPriority")).ToList());
    }

    public sealed class TaskItemType : ObjectType<TaskItem>
    {
        protected override void Configure(IObjectTypeDescriptor<TaskItem> d)
        {
            d.Name("Task");
            d.Field(x => x.InstanceId).Deprecated("Use instance.");
        }
    }

    public sealed class InstanceStatusType : EnumType<InstanceStatus>
    {
        protected override void Configure(IEnumTypeDescriptor<InstanceStatus> d) =>
            d.Value(InstanceStatus.WaitingForInput).Description("A human task is open.");
    }

    public sealed class StartInstanceInputType : InputObjectType<StartInstanceInput>;

    public sealed class QueryType : ObjectType<object>
    {
        protected override void Configure(IObjectTypeDescriptor<object> d)
        {
            d.Name("Query");
            d.Field("instance")
                .Type<WorkflowInstanceType>()
                .Argument("id", a => a.Type<NonNullType<UuidType>>())
                .Resolve(ctx => ctx.Service<WorkflowStore>().Instances.FirstOrDefault(i => i.Id == ctx.ArgumentValue<Guid>("id")));
            d.Field("instances")
                .Type<NonNullType<ListType<NonNullType<WorkflowInstanceType>>>>()
                .Argument("status", a => a.Type<InstanceStatusType>())
                .Resolve(ctx => ctx.Service<WorkflowStore>().Instances
                    .Where(i => !ctx.HasArgument("status") || ctx.ArgumentValue<InstanceStatus?>("status") is not { } s || i.Status == s).ToList());
        }
    }

    public sealed class MutationType : ObjectType<object>
    {
        protected override void Configure(IObjectTypeDescriptor<object> d)
        {
            d.Name("Mutation");
            d.Field("startInstance")
                .Type<NonNullType<WorkflowInstanceType>>()
                .Argument("input", a => a.Type<NonNullType<StartInstanceInputType>>())
                .Resolve(ctx =>
                {
                    var input = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("input");
                    return new WorkflowInstance { Id = Guid.NewGuid(), DefinitionId = (string)input["definitionId"]! };
                });
        }
    }

    public static GraphQL.Types.Schema Create() => GraphQL.Sdl.SchemaBuilder.New()
        .AddQueryType<QueryType>()
        .AddMutationType<MutationType>()
        .AddType<InstanceStatusType>()
        .AddTypeExtension<WorkflowInstanceTasks>()
        .Create();
}
