using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.AspNetCore;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>The small schema every transport test serves.</summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String
          counter: Int
          users(first: Int, last: Int): [User!]! @listSize(slicingArguments: ["first", "last"])
          expensive: String @cost(weight: "50")
        }

        type User {
          name: String
          friends(first: Int): [User!]! @listSize(slicingArguments: ["first"])
        }

        type Mutation {
          increment: Int
        }

        type Subscription {
          ticks(count: Int = 3): Int
        }
        """;

    /// <summary>Registers the schema with resolvers on the real executor.</summary>
    public static IRequestExecutorBuilder AddTestSchema(this IRequestExecutorBuilder builder, Counter counter)
    {
        builder.AddDocumentFromString(Sdl);
        builder.AddCostAnalysis(double.MaxValue);
        builder.AddResolver("Query", "hello", context => "Hello " + (context.ArgumentValue<string?>("name") ?? "world"));
        builder.AddResolver("Query", "counter", _ => counter.Value);
        builder.AddResolver("Query", "users", context => Users(context.ArgumentValue<int?>("first") ?? 2));
        builder.AddResolver("User", "friends", context => Users(context.ArgumentValue<int?>("first") ?? 2));
        builder.AddResolver("Mutation", "increment", _ => counter.Increment());
        builder.AddSubscriber("Subscription", "ticks", context => new ValueTask<IAsyncEnumerable<object?>>(Ticks(context.ArgumentValue<int>("count"), context.RequestAborted)));
        builder.AddResolver("Subscription", "ticks", context => context.ParentValue);
        return builder;
    }

    private static List<Dictionary<string, object?>> Users(int count)
    {
        var users = new List<Dictionary<string, object?>>();
        for (var i = 1; i <= count; i++)
        {
            users.Add(new Dictionary<string, object?> { ["name"] = "user" + i });
        }

        return users;
    }

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }
}

/// <summary>Counts mutations, so tests can tell that nothing ran.</summary>
public sealed class Counter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Increment() => Interlocked.Increment(ref _value);
}
