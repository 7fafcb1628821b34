using System.Text;
using System.Text.Json;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Validation;
using Xunit.Abstractions;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// A wider differential test of the validator: <c>mutate-corpus.mjs</c> makes a fixed set of
/// mutated corpus documents (names, values and tokens swapped, dropped or repeated) and has
/// graphql-js validate them; every one must give the same errors here (messages and locations,
/// in any order). Documents where this library follows the spec over graphql-js 16 (see the
/// library README) only need to be rejected too.
/// </summary>
public sealed class MutatedDocumentsConformanceTests(ITestOutputHelper output)
{
    private const int Count = 3000;
    private const int Seed = 20261122;

    /// <summary>Errors this library reports, by the spec, where graphql-js 16 does not.</summary>
    private static readonly string[] SpecOverGraphQLJs =
    [
        "must be non-nullable to be used for OneOf Input Object",
        "Float cannot represent non numeric value: ",
        "directives in the top level selection.",
    ];

    [Fact]
    public void Validator_agrees_with_graphql_js_on_mutated_corpus_documents()
    {
        var json = ReferenceResults.RunNodeScript(
            Path.Combine("..", "WorkflowHub.GraphQL.Tests", "Conformance", "mutate-corpus.mjs"), Count.ToString(), Seed.ToString());
        using var documents = JsonDocument.Parse(json);
        var schema = ConformanceFixture.Schema;
        var mismatches = new List<string>();
        var total = 0;
        var specOver = 0;
        foreach (var entry in documents.RootElement.EnumerateArray())
        {
            total++;
            var source = entry.GetProperty("source").GetString()!;
            var expected = entry.GetProperty("errors").EnumerateArray()
                .Select(e => Key(e.GetProperty("message").GetString()!, e.GetProperty("locations").EnumerateArray().Select(l => (l[0].GetInt32(), l[1].GetInt32()))))
                .Order(StringComparer.Ordinal)
                .ToList();
            var actual = DocumentValidator.Validate(schema, Parser.Parse(source))
                .Select(e => Key(e.Message, e.Locations.Select(l => (l.Line, l.Column))))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (expected.SequenceEqual(actual))
            {
                continue;
            }

            if (actual.Count > 0 && actual.Any(a => SpecOverGraphQLJs.Any(a.Contains)))
            {
                specOver++;
                continue;
            }

            var report = new StringBuilder(source.TrimEnd()).AppendLine();
            foreach (var missing in expected.Except(actual))
            {
                report.Append("  only graphql-js: ").AppendLine(missing);
            }

            foreach (var extra in actual.Except(expected))
            {
                report.Append("  only ours:       ").AppendLine(extra);
            }

            mismatches.Add(report.ToString());
        }

        var summary = $"{total - mismatches.Count - specOver}/{total} mutated documents get exactly graphql-js's errors; " +
                      $"{specOver} differ only where this library follows the spec (rejected here too, with the spec's errors); {mismatches.Count} disagree.";
        output.WriteLine(summary);
        Assert.True(total > Count / 2, $"only {total} mutated documents were made");
        if (mismatches.Count > 0)
        {
            Assert.Fail(summary + "\n\n" + string.Join("\n", mismatches.Take(50)));
        }
    }

    private static string Key(string message, IEnumerable<(int Line, int Column)> locations) =>
        "[" + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}")) + "] " + message;
}
