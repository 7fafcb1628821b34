using System.Text;
using System.Text.Json;
using WorkflowHub.GraphQL.Execution;
using Xunit.Abstractions;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// Differential test of execution against graphql-js: every corpus document that graphql-js executes is
/// prepared and executed by this library over <c>fixture/data.json</c> with the fixture's resolver
/// convention, and the responses must be the same: <c>data</c> exactly (key order and null propagation
/// included), the same errors in the same order with the same messages, locations and paths, and
/// <c>data</c> present or absent alike. Subscriptions compare the first event (or the set-up failure).
/// Documents graphql-js rejects before execution must be rejected before execution here too.
/// </summary>
public sealed class ExecutionConformanceTests(ITestOutputHelper output)
{
    /// <summary>Where this library knowingly answers differently from graphql-js, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownDeviations = new Dictionary<string, string>();

    [Fact]
    public async Task Executor_agrees_with_graphql_js_on_every_corpus_document()
    {
        var executor = new RequestExecutor(FixtureResolvers.Schema);
        var cases = ReferenceResults.Cases;
        var mismatches = new List<string>();
        var executed = 0;
        var agreed = 0;
        var deviations = new List<string>();
        foreach (var c in cases)
        {
            var (phase, result) = await Execute(executor, c);
            string? problem;
            var followsGraphQLJs = ValidationConformanceTests.KnownDeviations.TryGetValue(c.File, out var validationDeviation) &&
                                   validationDeviation.Kind == ValidationConformanceTests.Deviation.FollowGraphQLJs;
            if (c.ReferenceDiffers is not null && !followsGraphQLJs)
            {
                var expectedPhase = c.Expect == "valid" ? "execution" : c.ExpectPhase ?? "validation";
                problem = phase == expectedPhase ? null : $"  corpus expects {expectedPhase} ({c.ReferenceDiffers}); ours: {phase}";
                if (problem is null && c.Expect == "valid" && result is { } valid && valid.TryGetProperty("errors", out var unexpected))
                {
                    problem = "  corpus expects no errors; ours: " + unexpected.GetRawText();
                }
            }
            else if (phase != c.Phase)
            {
                problem = $"  graphql-js: {c.Phase}; ours: {phase}" + (result is { } r ? "\n  ours: " + r.GetRawText() : "");
            }
            else if (phase == "execution")
            {
                executed++;
                problem = CompareResults(c.Result, result);
            }
            else
            {
                problem = null;
            }

            if (problem is not null && KnownDeviations.TryGetValue(c.File, out var reason))
            {
                deviations.Add($"{c.File}: {reason}");
                problem = null;
            }

            if (problem is null)
            {
                agreed++;
            }
            else
            {
                mismatches.Add($"{c.File}\n{problem}");
            }
        }

        var summary = $"{agreed}/{cases.Count} corpus documents agree with graphql-js {ReferenceResults.GraphQLJsVersion} " +
                      $"({executed} executed by both, {deviations.Count} known deviations).";
        output.WriteLine(summary);
        foreach (var note in deviations)
        {
            output.WriteLine("  known deviation: " + note);
        }

        Assert.True(executed > 100, $"only {executed} documents were executed");
        if (mismatches.Count > 0)
        {
            Assert.Fail(summary + "\n\n" + string.Join("\n\n", mismatches));
        }
    }

    /// <summary>Prepares and executes one case: the phase it ended in and, when executed, the response as JSON.</summary>
    public static async Task<(string Phase, JsonElement? Result)> Execute(RequestExecutor executor, ConformanceCase c)
    {
        var variables = c.Variables is { } v ? (IReadOnlyDictionary<string, object?>?)PlainJson.FromElement(v) : null;
        var prepared = executor.Prepare(new GraphQLRequest(c.Source, c.OperationName, variables));
        if (prepared.Errors.Count > 0 && prepared.Errors[0].Code is ErrorCodes.ParseFailed)
        {
            return ("syntax", null);
        }

        if (prepared.Errors.Count > 0 && prepared.Errors[0].Code is ErrorCodes.ValidationFailed)
        {
            return ("validation", null);
        }

        var outcome = await executor.ExecuteAsync(prepared, new RequestContext { RootValue = FixtureResolvers.Data });
        ExecutionResult? result;
        if (outcome is ResponseStream stream)
        {
            await using (stream)
            {
                result = null;
                await foreach (var first in stream.ReadResultsAsync())
                {
                    result = first;
                    break;
                }
            }
        }
        else
        {
            result = (ExecutionResult)outcome;
        }

        if (result is null)
        {
            return ("execution", JsonDocument.Parse("null").RootElement.Clone());
        }

        return ("execution", JsonDocument.Parse(ResultJson.ToUtf8(result)).RootElement.Clone());
    }

    internal static string? CompareResults(JsonElement? expected, JsonElement? actual)
    {
        if (expected is not { } theirs || actual is not { } ours)
        {
            return expected is null && actual is null ? null : $"  graphql-js: {expected?.GetRawText() ?? "(none)"}\n  ours:       {actual?.GetRawText() ?? "(none)"}";
        }

        if (theirs.ValueKind == JsonValueKind.Null || ours.ValueKind == JsonValueKind.Null)
        {
            return theirs.ValueKind == ours.ValueKind ? null : $"  graphql-js: {JsonSerializer.Serialize(theirs)}\n  ours:       {ours.GetRawText()}";
        }

        var builder = new StringBuilder();
        var theirErrors = theirs.TryGetProperty("errors", out var te) ? te.EnumerateArray().ToList() : [];
        var ourErrors = ours.TryGetProperty("errors", out var oe) ? oe.EnumerateArray().ToList() : [];
        if (theirErrors.Count != ourErrors.Count)
        {
            builder.AppendLine($"  errors: graphql-js {theirErrors.Count}, ours {ourErrors.Count}");
        }

        for (var i = 0; i < Math.Min(theirErrors.Count, ourErrors.Count); i++)
        {
            foreach (var part in new[] { "message", "locations", "path" })
            {
                var a = theirErrors[i].TryGetProperty(part, out var x) ? JsonSerializer.Serialize(x) : "(none)";
                var b = ourErrors[i].TryGetProperty(part, out var y) ? JsonSerializer.Serialize(y) : "(none)";
                if (a != b)
                {
                    builder.AppendLine($"  errors[{i}].{part}: graphql-js {a}, ours {b}");
                }
            }
        }

        var theirsHasData = theirs.TryGetProperty("data", out var theirData);
        var oursHasData = ours.TryGetProperty("data", out var ourData);
        if (theirsHasData != oursHasData)
        {
            builder.AppendLine($"  data: graphql-js {(theirsHasData ? "present" : "absent")}, ours {(oursHasData ? "present" : "absent")}");
        }
        else if (theirsHasData && JsonComparison.FirstDifference(theirData, ourData, "data") is { } difference)
        {
            builder.AppendLine("  " + difference);
        }

        if (builder.Length == 0)
        {
            return null;
        }

        builder.AppendLine("  graphql-js: " + JsonSerializer.Serialize(theirs));
        builder.Append("  ours:       " + ours.GetRawText());
        return builder.ToString();
    }
}
