using System.Text;
using WorkflowHub.GraphQL.Execution;
using Xunit.Abstractions;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// Mutated corpus documents with random variables go through Prepare and ExecuteAsync over the fixture:
/// every one must come back as a result (never an exception) within a second, and serialise.
/// </summary>
public sealed class ExecutorFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "$v", "$w", "...", "... on Dog", "@skip(if: $v)", "@include(if: true)", "__typename",
        "__schema { types { name } }", "__type(name: \"Dog\") { name }", "\"", "\"\"\"", "null", "1e400", "-0", "query", "mutation",
        "subscription", "fragment F on Dog { name }", "...F", "dog", "name", "nonNullNulls { nonNullString }", "lists { matrix }",
        "# comment\n", ",", "=", "!", "\\u0000", "😀", "echoScalars(json: {a: [$v]})",
    ];

    private static readonly object?[] Values =
    [
        null, true, 0, -1, 2147483648L, 1.5, double.NaN, "", "x", "2024-01-01T00:00:00Z", "\ud800",
        new List<object?> { 1, null, "a" }, new Dictionary<string, object?> { ["name"] = "x", ["extra"] = 1 },
    ];

    [Fact]
    public async Task Should_answer_every_mutated_document_with_a_result_and_never_throw()
    {
        var corpus = Directory.GetFiles(Path.Combine(ReferenceResults.FindRepositoryRoot(), "tests", "graphql-conformance", "corpus"), "*.graphql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var executor = new RequestExecutor(FixtureResolvers.Schema, new ExecutorOptions { ExecutionTimeout = TimeSpan.FromSeconds(1) });
        var random = new Random(20240601);
        var failures = new List<string>();
        var executed = 0;
        const int documents = 3000;
        for (var i = 0; i < documents; i++)
        {
            var source = Mutate(corpus[random.Next(corpus.Length)], random);
            var variables = new Dictionary<string, object?>();
            foreach (var name in new[] { "v", "w", "id", "input", "x", "t" })
            {
                if (random.Next(3) > 0)
                {
                    variables[name] = Values[random.Next(Values.Length)];
                }
            }

            try
            {
                var outcome = await executor.ExecuteAsync(new GraphQLRequest(source, null, variables), new RequestContext { RootValue = FixtureResolvers.Data })
                    .AsTask().WaitAsync(TimeSpan.FromSeconds(5));
                if (outcome is ResponseStream stream)
                {
                    await using (stream)
                    {
                        var events = 0;
                        executed++;
                        await foreach (var result in stream.ReadResultsAsync().WithCancellation(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token))
                        {
                            ResultJson.ToUtf8(result);
                            if (++events == 3)
                            {
                                break;
                            }
                        }
                    }
                }
                else
                {
                    var result = (ExecutionResult)outcome;
                    executed += result.HasData ? 1 : 0;
                    ResultJson.ToUtf8(result);
                }
            }
            catch (Exception e)
            {
                failures.Add($"{e.GetType().Name}: {e.Message}\n{source}");
            }
        }

        output.WriteLine($"{documents} mutated documents, {executed} executed, {failures.Count} failures");
        Assert.True(executed > documents / 10, $"only {executed} of the mutated documents got as far as execution");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    private static string Mutate(string source, Random random)
    {
        var text = new StringBuilder(source);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0 when text.Length > 0:
                    text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(8)));
                    break;
                case 1:
                    text.Insert(at, " " + Fragments[random.Next(Fragments.Length)] + " ");
                    break;
                case 2 when text.Length > 0:
                    var length = Math.Min(text.Length - at, 1 + random.Next(30));
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    break;
                default:
                    text.Insert(at, (char)random.Next(32, 127));
                    break;
            }
        }

        return text.ToString();
    }
}
