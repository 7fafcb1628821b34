using WorkflowHub.GraphQL.Execution;
using Xunit.Abstractions;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class AllocationTests(ITestOutputHelper output)
{
    private sealed record Row(int Id, string Name, string Email, bool Active, double Score, int Rank, string City, string Country, int Age, string Role);

    [Fact]
    public async Task Should_allocate_little_beyond_the_result_for_a_list_of_twenty_rows_with_ten_fields()
    {
        var schema = Run.Sdl("""
            type Query { rows: [Row!]! }
            type Row { id: Int! name: String! email: String! active: Boolean! score: Float! rank: Int! city: String! country: String! age: Int! role: String! }
            """);
        var rows = Enumerable.Range(0, 20).Select(i => new Row(i, "n" + i, "e" + i, i % 2 == 0, i * 1.5, i, "c", "d", 30 + i, "r")).ToArray();
        var root = new Dictionary<string, object?> { ["rows"] = rows };
        var executor = new RequestExecutor(schema);
        var context = new RequestContext { RootValue = root };
        var request = new GraphQLRequest("{ rows { id name email active score rank city country age role } }");
        for (var i = 0; i < 50; i++)
        {
            await executor.ExecuteAsync(executor.Prepare(request), context);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var outcome = executor.ExecuteAsync(executor.Prepare(request), context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(outcome.IsCompletedSuccessfully);
        var result = (ExecutionResult)await outcome;
        Assert.Equal(20, ((IReadOnlyList<object?>)result.Data!["rows"]!).Count);

        // The result itself: 20 objects with a value array of 10 slots, and the boxes of 80 numbers and booleans
        // the row properties are read into; everything else the executor needs must stay small next to it.
        const int resultBytes = (20 * (32 + 24 + (10 * 8))) + (80 * 24);
        output.WriteLine($"allocated {allocated} bytes; the result needs about {resultBytes}");
        Assert.True(allocated < resultBytes + 2048, $"allocated {allocated} bytes, the result needs about {resultBytes}");
    }
}
