using System.Text.Json;
using WorkflowHub.GraphQL.Execution;
using Xunit.Abstractions;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// A wider differential test of the executor: <c>execute-mutated.mjs</c> makes a fixed set of mutated
/// corpus documents and variables (aliases, repeated or dropped fields, <c>@skip</c>/<c>@include</c>,
/// other literals and variable values) that graphql-js executes, and each must give the same response here.
/// </summary>
public sealed class MutatedExecutionConformanceTests(ITestOutputHelper output)
{
    private const int Count = 3000;
    private const int Seed = 7;

    [Fact]
    public async Task Executor_agrees_with_graphql_js_on_mutated_corpus_documents()
    {
        var json = NodeTool.Run(Path.Combine("..", "WorkflowHub.GraphQL.Tests", "Conformance", "execute-mutated.mjs"), null, Count.ToString(), Seed.ToString());
        using var cases = JsonDocument.Parse(json);
        var executor = new RequestExecutor(FixtureResolvers.Schema);
        var mismatches = new List<string>();
        var total = 0;
        var specOverGraphQLJs = 0;
        foreach (var c in cases.RootElement.EnumerateArray())
        {
            total++;
            var source = c.GetProperty("source").GetString()!;
            var variables = c.GetProperty("variables") is { ValueKind: JsonValueKind.Object } v ? (IReadOnlyDictionary<string, object?>)PlainJson.FromElement(v)! : null;
            var operationName = c.GetProperty("operationName").GetString();
            var reference = new ConformanceCase("mutated", source, "valid", "execution", null, false, "execution", [], c.GetProperty("result").Clone(), null, operationName);
            if (UsesSkipOrIncludeAtSubscriptionRoot(executor, source, operationName))
            {
                // The spec forbids these (5.2.4.1); graphql-js 16 executes them. Our validator follows the spec.
                specOverGraphQLJs++;
                continue;
            }

            var (phase, result) = await ExecutionConformanceTests.Execute(executor, reference with { Variables = variables is null ? null : c.GetProperty("variables").Clone() });
            var problem = phase != "execution"
                ? $"  graphql-js executed it; ours stopped at {phase}"
                : ExecutionConformanceTests.CompareResults(reference.Result, result);
            if (problem is not null)
            {
                mismatches.Add($"{source}\n  variables: {(variables is null ? "none" : c.GetProperty("variables").GetRawText())}\n{problem}");
            }
        }

        var summary = $"{total - specOverGraphQLJs - mismatches.Count}/{total - specOverGraphQLJs} mutated documents executed by graphql-js give the same response here " +
                      $"({specOverGraphQLJs} left out: @skip/@include on a subscription root field, refused by the spec).";
        output.WriteLine(summary);
        Assert.True(total > Count / 2, $"only {total} mutated documents were executed by graphql-js");
        if (mismatches.Count > 0)
        {
            Assert.Fail(summary + "\n\n" + string.Join("\n\n", mismatches.Take(15)));
        }
    }

    private static bool UsesSkipOrIncludeAtSubscriptionRoot(RequestExecutor executor, string source, string? operationName) =>
        executor.Prepare(new GraphQLRequest(source, operationName)).Errors is [{ Code: ErrorCodes.ValidationFailed } only, ..] &&
        only.Message.Contains("must not use `@skip` or `@include` directives in the top level selection.", StringComparison.Ordinal);
}
