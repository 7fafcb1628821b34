using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

public sealed class AbstractAndSubscriptionTests
{
    public interface IActivity
    {
        string Name { get; }
    }

    public sealed class HumanTask : IActivity
    {
        public string Name => "approve";
        public string Role => "manager";
    }

    public sealed class Timer : IActivity
    {
        public string Name => "wait";
        public int Seconds => 30;
    }

    public sealed class ActivityType : InterfaceType<IActivity>;

    public sealed class StepType : UnionType<IActivity>
    {
        protected override void Configure(IUnionTypeDescriptor d) => d.Name("Step");
    }

    public sealed class Queries
    {
        public IReadOnlyList<IActivity> Activities() => [new HumanTask(), new Timer()];
    }

    [SubscriptionType]
    public sealed class Events
    {
        public async IAsyncEnumerable<int> Ticks(int count, [EnumeratorCancellation] CancellationToken ct = default)
        {
            for (var i = 1; i <= count; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        public IAsyncEnumerable<int> Numbers() => Ticks(2);

        [Subscribe(With = nameof(Numbers))]
        public string Doubled([EventMessage] int number) => $"#{number * 2}";
    }

    private static Schema Create() => SchemaBuilder.New()
        .AddQueryType<Queries>()
        .AddType<ActivityType>()
        .AddType<HumanTask>()
        .AddType<Timer>()
        .AddType<StepType>()
        .AddTypeExtension<Events>()
        .Create();

    [Fact]
    public void Should_implement_registered_interfaces_of_the_clr_types_and_fill_unions_from_them()
    {
        var schema = Create();

        Assert.Equal("interface Activity {\n  name: String!\n}", Printed(schema, "interface Activity"));
        Assert.Contains("type HumanTask implements Activity {", schema.ToString());
        Assert.Contains("union Step = HumanTask | Timer", schema.ToString());
        Assert.Equal("[Activity!]!", schema.QueryType!.Fields["activities"].Type.ToString());
    }

    [Fact]
    public void Should_tell_the_object_type_of_a_value_by_its_clr_type()
    {
        var schema = Create();
        var activity = (InterfaceType)schema.GetType("Activity")!;
        var context = new GraphQL.Resolvers.ResolverContext { Schema = schema };

        Assert.Equal("Timer", activity.ResolveType!(context, new Timer())!.Name);
        Assert.True(((ObjectType)schema.GetType("HumanTask")!).IsOfType!(context, new HumanTask()));
    }

    [Fact]
    public async Task Should_stream_events_of_async_enumerable_subscription_methods()
    {
        var schema = Create();

        var ticks = new List<object?>();
        await foreach (var tick in ResolverRunner.Subscribe(schema, "ticks", new Dictionary<string, object?> { ["count"] = 3 }))
        {
            ticks.Add(await ResolverRunner.ResolveAsync(schema, "Subscription", "ticks", tick));
        }

        Assert.Equal([1, 2, 3], ticks);
        Assert.Equal("Int!", schema.SubscriptionType!.Fields["ticks"].Type.ToString());
    }

    [Fact]
    public async Task Should_map_each_event_through_the_field_method_when_subscribing_with_another_method()
    {
        var schema = Create();

        var mapped = new List<object?>();
        await foreach (var number in ResolverRunner.Subscribe(schema, "doubled"))
        {
            mapped.Add(await ResolverRunner.ResolveAsync(schema, "Subscription", "doubled", number));
        }

        Assert.Equal(["#2", "#4"], mapped);
        Assert.Empty(schema.SubscriptionType!.Fields["doubled"].Arguments);
    }

    private static string Printed(Schema schema, string start) =>
        schema.ToString().Split("\n\n").Single(block => block.StartsWith(start, StringComparison.Ordinal));
}
