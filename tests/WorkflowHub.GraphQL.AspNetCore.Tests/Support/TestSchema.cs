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

    /// <summary>Registers the schema; the executor is the test double until the real one lands.</summary>
    public static IRequestExecutorBuilder AddTestSchema(this IRequestExecutorBuilder builder, Counter counter)
    {
        builder.AddDocumentFromString(Sdl);
        builder.AddCostAnalysis(double.MaxValue);
        builder.UseRequestExecutor(services => new FakeExecutor(
            GraphQLExecutorFactory.BuildSchema(services),
            GraphQLExecutorFactory.BuildOptions(services),
            counter));
        return builder;
    }
}

/// <summary>Counts mutations, so tests can tell that nothing ran.</summary>
public sealed class Counter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Increment() => Interlocked.Increment(ref _value);
}
