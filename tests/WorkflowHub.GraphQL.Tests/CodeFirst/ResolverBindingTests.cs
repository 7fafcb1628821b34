using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

public sealed class ResolverBindingTests
{
    public sealed class Clock
    {
        public DateTimeOffset Now { get; } = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    }

    public sealed class Filter
    {
        public string? Prefix { get; set; }
        public List<InstanceStatus> Statuses { get; set; } = [];
    }

    public sealed record Range(int From, int To);

    [QueryType]
    public sealed class Queries
    {
        public string Echo(string text, int times = 1) => string.Concat(Enumerable.Repeat(text, times));

        public DateTimeOffset Now([Service] Clock clock) => clock.Now;

        public string WhoAmI([GlobalState("user")] string user) => user;

        public bool Cancelled(CancellationToken ct) => ct.IsCancellationRequested;

        public string FieldName(IResolverContext context) => context.Field.Name;

        public async Task<int> SlowAsync(int value)
        {
            await Task.Yield();
            return value * 2;
        }

        public ValueTask<string> Quick() => new("done");

        public string Describe(Filter filter) => $"{filter.Prefix}:{string.Join(",", filter.Statuses)}";

        public int Width(Range range) => range.To - range.From;
    }

    [ExtendObjectType(typeof(WorkflowInstance))]
    public sealed class InstanceExtras
    {
        public string Label([Parent] WorkflowInstance instance, string separator = "/") => instance.DefinitionId + separator + instance.Version;
    }

    private static readonly GraphQL.Types.Schema Schema = SchemaBuilder.New()
        .AddTypeExtension<Queries>()
        .AddTypeExtension<InstanceExtras>()
        .AddType<WorkflowInstance>()
        .Create();

    private static Dictionary<string, object?> Args(params (string, object?)[] values) => values.ToDictionary(v => v.Item1, v => v.Item2);

    [Fact]
    public async Task Should_pass_arguments_and_use_parameter_defaults()
    {
        Assert.Equal("abab", await ResolverRunner.ResolveAsync(Schema, "Query", "echo", arguments: Args(("text", "ab"), ("times", 2))));
        var times = Schema.QueryType!.Fields["echo"].Arguments["times"];
        Assert.Equal("Int!", times.Type.ToString());
        Assert.Equal("1", times.DefaultValue!.ToString());
    }

    [Fact]
    public async Task Should_take_services_state_cancellation_and_the_context_from_the_request()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.Equal(new Clock().Now, await ResolverRunner.ResolveAsync(Schema, "Query", "now", services: new Services(new Clock())));
        Assert.Equal("ada", await ResolverRunner.ResolveAsync(Schema, "Query", "whoAmI", state: new Dictionary<string, object?> { ["user"] = "ada" }));
        Assert.Equal(true, await ResolverRunner.ResolveAsync(Schema, "Query", "cancelled", ct: cancelled.Token));
        Assert.Equal("fieldName", await ResolverRunner.ResolveAsync(Schema, "Query", "fieldName"));
    }

    [Fact]
    public void Should_not_expose_context_parameters_as_arguments()
    {
        Assert.Empty(Schema.QueryType!.Fields["now"].Arguments);
        Assert.Empty(Schema.QueryType.Fields["whoAmI"].Arguments);
        Assert.Empty(Schema.QueryType.Fields["cancelled"].Arguments);
        Assert.Equal(["separator"], ((GraphQL.Types.ObjectType)Schema.GetType("WorkflowInstance")!).Fields["label"].Arguments.Select(a => a.Name));
    }

    [Fact]
    public async Task Should_await_task_and_value_task_results()
    {
        Assert.Equal(42, await ResolverRunner.ResolveAsync(Schema, "Query", "slow", arguments: Args(("value", 21))));
        Assert.Equal("done", await ResolverRunner.ResolveAsync(Schema, "Query", "quick"));
    }

    [Fact]
    public async Task Should_build_input_objects_and_records_from_coerced_argument_values()
    {
        var filter = Args(("prefix", "p"), ("statuses", new List<object?> { InstanceStatus.Running, InstanceStatus.Completed }));
        var range = Args(("from", 3), ("to", 10));

        Assert.Equal("p:Running,Completed", await ResolverRunner.ResolveAsync(Schema, "Query", "describe", arguments: Args(("filter", filter))));
        Assert.Equal(7, await ResolverRunner.ResolveAsync(Schema, "Query", "width", arguments: Args(("range", range))));
    }

    [Fact]
    public async Task Should_give_extension_methods_the_parent_value()
    {
        var instance = new WorkflowInstance { DefinitionId = "onboarding", Version = 4 };

        Assert.Equal("onboarding/4", await ResolverRunner.ResolveAsync(Schema, "WorkflowInstance", "label", parent: instance, arguments: Args(("separator", "/"))));
    }

    [Fact]
    public async Task Should_resolve_the_descriptor_and_attribute_schemas_to_the_same_values()
    {
        var store = new WorkflowStore();
        var services = new Services(store);
        var arguments = Args(("id", WorkflowStore.FirstId));
        var descriptor = DescriptorStyleSchema.Create();
        var attributes = AttributeStyleSchema.Create();

        var fromDescriptor = (WorkflowInstance)(await ResolverRunner.ResolveAsync(descriptor, "Query", "instance", arguments: arguments, services: services))!;
        var fromAttributes = (AttributeStyleSchema.InstanceView)(await ResolverRunner.ResolveAsync(attributes, "Query", "instance", arguments: arguments, services: services))!;
        var tasksA = (IEnumerable<TaskItem>)(await ResolverRunner.ResolveAsync(descriptor, "WorkflowInstance", "openTasks", fromDescriptor, Args(("minPriority", 2)), services))!;
        var tasksB = (IEnumerable<AttributeStyleSchema.TaskView>)(await ResolverRunner.ResolveAsync(attributes, "WorkflowInstance", "openTasks", fromAttributes, Args(("minPriority", 2)), services))!;

        Assert.Equal(fromDescriptor.Id, fromAttributes.Id);
        Assert.Equal(["Approve"], tasksA.Select(t => t.Title));
        Assert.Equal(["Approve"], tasksB.Select(t => t.Title));
    }
}
