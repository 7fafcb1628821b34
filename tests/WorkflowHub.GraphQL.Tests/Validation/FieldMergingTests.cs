using System.Diagnostics;
using System.Text;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class FieldMergingTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new OverlappingFieldsCanBeMergedRule();

    [Fact]
    public void Should_accept_the_spec_examples_of_mergeable_fields()
    {
        AssertValid("""
            fragment mergeIdenticalFields on Dog {
              name
              name
            }

            fragment mergeIdenticalAliasesAndFields on Dog {
              otherName: name
              otherName: name
            }

            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }

            fragment safeDifferingFields on Pet {
              ... on Dog {
                volume: barkVolume
              }
              ... on Cat {
                volume: meowVolume
              }
            }

            fragment safeDifferingArgs on Pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
              ... on Cat {
                doesKnowCommand(catCommand: JUMP)
              }
            }
            """);
    }

    [Fact]
    public void Should_reject_one_alias_for_two_different_fields()
    {
        AssertErrors("""
            fragment conflictingBecauseAlias on Dog {
              name: nickname
              name
            }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));
    }

    [Fact]
    public void Should_reject_the_same_field_with_differing_arguments()
    {
        AssertErrors("""
            fragment conflictingArgsOnValues on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }

            fragment conflictingArgsValueAndVar on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: $dogCommand)
            }

            fragment differingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (7, 3), (8, 3)),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (12, 3), (13, 3)));
    }

    [Fact]
    public void Should_reject_conflicting_return_types_even_on_different_object_types()
    {
        AssertErrors("""
            fragment conflictingDifferingResponses on Pet {
              ... on Dog {
                someValue: nickname
              }
              ... on Cat {
                someValue: meowVolume
              }
            }
            """,
            Error("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (6, 5)));
    }

    [Fact]
    public void Should_report_conflicts_in_sub_selections_with_every_field_involved()
    {
        AssertErrors("""
            {
              dog {
                owner { name: name }
              }
              dog {
                owner { name: pets { name } }
              }
            }
            """,
            Error("Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                (2, 3), (3, 5), (3, 13), (5, 3), (6, 5), (6, 13)));
    }

    [Fact]
    public void Should_find_conflicts_between_fields_and_fragments_and_between_fragments()
    {
        AssertErrors("""
            {
              dog { ...A ...B name: nickname }
            }
            fragment A on Dog { name }
            fragment B on Dog { name: barkVolume }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 19), (4, 21)),
            Error("Fields \"name\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 21), (5, 21)),
            Error("Fields \"name\" conflict because \"nickname\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 19), (5, 21)));
    }

    [Fact]
    public void Should_treat_block_strings_and_strings_with_the_same_value_as_different_arguments()
    {
        AssertErrors(
            "{ findDog(searchBy: { name: \"a\" }) { name } findDog(searchBy: { name: \"\"\"a\"\"\" }) { name } }",
            Error("Fields \"findDog\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 45)));
    }

    [Fact]
    public void Should_accept_object_arguments_given_in_a_different_field_order()
    {
        AssertValid("{ findDog(searchBy: { name: \"a\", owner: \"b\" }) { name } findDog(searchBy: { owner: \"b\", name: \"a\" }) { name } }");
    }

    [Fact]
    public void Should_validate_a_thousand_repeated_fields_without_quadratic_work()
    {
        var builder = new StringBuilder("{ dog { ");
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append("name nickname owner { name } doesKnowCommand(dogCommand: SIT) ");
        }

        builder.Append("} }");
        var document = Parser.Parse(builder.ToString());
        var stopwatch = Stopwatch.StartNew();
        var errors = DocumentValidator.Validate(Schema, document);

        // Quadratic work on 80,000 fields would be billions of comparisons (and would exceed the
        // work budget, aborting validation); grouping identical fields keeps it linear.
        Assert.Empty(errors);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Should_report_each_pair_of_conflicting_repeated_fields()
    {
        var errors = Validate("{ dog { a: name a: name a: nickname a: nickname } }");
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.Equal("Fields \"a\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", e.Message));
        Assert.Equal(
            ["1:17 1:25", "1:17 1:37", "1:9 1:25", "1:9 1:37"],
            errors.Select(e => string.Join(" ", e.Locations)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_stop_with_validation_aborted_when_comparisons_exceed_the_work_budget()
    {
        var builder = new StringBuilder("{ dog { ");
        var fragments = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            builder.Append($"...F{i} ");
            fragments.Append($"fragment F{i} on Dog {{ name }} ");
        }

        var errors = Validate(builder.Append("} } ").Append(fragments).ToString());
        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }
}
