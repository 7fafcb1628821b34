using System.Text;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Validation;
using Xunit.Abstractions;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// Differential test against graphql-js: every corpus document is parsed and validated by this
/// library and must end in the same phase as graphql-js (syntax error, validation errors, or valid
/// and ready to execute), with the same errors — the same locations and messages, in any order.
/// Cases whose header says graphql-js departs from the spec (<c>reference-differs</c>) are held
/// to the corpus's own expectation (file name and <c>expect-phase</c>) instead.
/// </summary>
public sealed class ValidationConformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Cases where this library deliberately differs from what the corpus or graphql-js says, each
    /// with its reason. <see cref="Deviation.FollowGraphQLJs"/>: graphql-js is compared as usual even
    /// though the corpus header expects otherwise. <see cref="Deviation.SpecOverGraphQLJs"/>: same
    /// phase as graphql-js and every graphql-js error, plus errors the spec requires that graphql-js misses.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (Deviation Kind, string Reason)> KnownDeviations =
        new Dictionary<string, (Deviation, string)>
        {
            ["introspection/include-deprecated-null.invalid.graphql"] = (Deviation.FollowGraphQLJs,
                "the October 2021 spec declares includeDeprecated: Boolean = false (nullable), as graphql-js 16 does; Boolean! came with the 2025 spec"),
            ["validation/one-of/nullable-variable-for-field.invalid.graphql"] = (Deviation.FollowGraphQLJs,
                "the spec's IsNonNullPosition makes a OneOf field a non-null position, where a nullable variable with a non-null default (here `= 1`) is allowed, as graphql-js allows it"),
            ["validation/one-of/spec-two-fields.invalid.graphql"] = (Deviation.SpecOverGraphQLJs,
                "besides the two keys, `$dog: DogInput` fills a OneOf field with a nullable variable (spec 5.8.5 IsNonNullPosition); graphql-js 16 misses it because the argument is PetInput!"),
        };

    public enum Deviation
    {
        FollowGraphQLJs,
        SpecOverGraphQLJs,
    }

    [Fact]
    public void Parser_and_validator_agree_with_graphql_js_on_every_corpus_document()
    {
        var schema = ConformanceFixture.Schema;
        var cases = ReferenceResults.Cases;
        Assert.NotEmpty(cases);

        var mismatches = new List<string>();
        var agreed = 0;
        var specOverReference = new List<string>();
        var deviations = new List<string>();
        foreach (var c in cases)
        {
            var ours = Run(schema, c.Source);
            string? problem;
            if (KnownDeviations.TryGetValue(c.File, out var deviation))
            {
                problem = deviation.Kind == Deviation.FollowGraphQLJs
                    ? CompareWithReference(c, ours)
                    : CompareWithReference(c, ours, allowExtraErrors: true);
                deviations.Add($"{c.File}: {deviation.Kind}: {deviation.Reason}");
            }
            else if (c.ReferenceDiffers is not null)
            {
                problem = CompareWithCorpusExpectation(c, ours);
                specOverReference.Add($"{c.File}: {c.ReferenceDiffers}");
            }
            else
            {
                problem = CompareWithReference(c, ours);
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

        var summary = $"{agreed}/{cases.Count} corpus documents agree with graphql-js {ReferenceResults.GraphQLJsVersion} on parsing and validation " +
                      $"({specOverReference.Count} held to the corpus where it marks graphql-js as departing from the spec, " +
                      $"{deviations.Count} known deviations).";
        output.WriteLine(summary);
        foreach (var note in specOverReference)
        {
            output.WriteLine("  corpus over graphql-js: " + note);
        }

        foreach (var note in deviations)
        {
            output.WriteLine("  known deviation: " + note);
        }

        if (mismatches.Count > 0)
        {
            Assert.Fail(summary + "\n\n" + string.Join("\n\n", mismatches));
        }
    }

    /// <summary>Parses and validates: the phase reached and the errors found there.</summary>
    public static (string Phase, IReadOnlyList<(string Message, IReadOnlyList<(int Line, int Column)> Locations)> Errors) Run(
        WorkflowHub.GraphQL.Types.Schema schema, string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException e)
        {
            return ("syntax", [(e.Message, [(e.Line, e.Column)])]);
        }

        var errors = DocumentValidator.Validate(schema, document);
        return errors.Count == 0
            ? ("execution", [])
            : ("validation", errors.Select(e => (e.Message, (IReadOnlyList<(int, int)>)e.Locations.Select(l => (l.Line, l.Column)).ToList())).ToList());
    }

    private static string? CompareWithReference(
        ConformanceCase c,
        (string Phase, IReadOnlyList<(string Message, IReadOnlyList<(int Line, int Column)> Locations)> Errors) ours,
        bool allowExtraErrors = false)
    {
        var theirs = c.Errors.Select(e => (e.Message, e.Locations)).ToList();
        if (c.Phase == "execution")
        {
            // graphql-js validated the document; execution errors are not ours to compare here.
            theirs = [];
        }

        if (ours.Phase != c.Phase)
        {
            return $"  graphql-js: {c.Phase}{Describe(theirs)}\n  ours:       {ours.Phase}{Describe(ours.Errors)}";
        }

        var expected = theirs.Select(Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var actual = ours.Errors.Select(Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (expected.SequenceEqual(actual) || (allowExtraErrors && !expected.Except(actual).Any()))
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var missing in expected.Except(actual))
        {
            builder.Append("  only graphql-js: ").AppendLine(missing);
        }

        foreach (var extra in actual.Except(expected))
        {
            builder.Append("  only ours:       ").AppendLine(extra);
        }

        if (builder.Length == 0)
        {
            builder.AppendLine($"  same errors, different counts: graphql-js {expected.Count}, ours {actual.Count}");
        }

        return builder.ToString().TrimEnd();
    }

    private static string? CompareWithCorpusExpectation(
        ConformanceCase c, (string Phase, IReadOnlyList<(string Message, IReadOnlyList<(int Line, int Column)> Locations)> Errors) ours)
    {
        var expectedPhase = c.Expect == "valid" ? "execution" : c.ExpectPhase ?? "validation";
        if (expectedPhase == "execution" ? ours.Phase == "execution" : ours.Phase == expectedPhase)
        {
            return null;
        }

        return $"  corpus expects {c.Expect} ({expectedPhase}); graphql-js differs ({c.ReferenceDiffers})\n  ours: {ours.Phase}{Describe(ours.Errors)}";
    }

    private static string Key((string Message, IReadOnlyList<(int Line, int Column)> Locations) error) =>
        "[" + string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}")) + "] " + error.Message;

    private static string Describe(IEnumerable<(string Message, IReadOnlyList<(int Line, int Column)> Locations)> errors)
    {
        var list = errors.Select(Key).ToList();
        return list.Count == 0 ? "" : "\n" + string.Join("\n", list.Select(e => "      " + e));
    }
}
