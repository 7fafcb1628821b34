using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new KnownArgumentNamesRule();

    [Fact]
    public void Should_accept_defined_arguments_of_fields_and_directives()
    {
        AssertValid("""
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }

            fragment argOnOptional on Dog {
              isHouseTrained(atOtherHomes: true) @include(if: true)
            }
            """);
    }

    [Fact]
    public void Should_reject_an_argument_the_field_does_not_define()
    {
        AssertErrors("""
            fragment invalidArgName on Dog {
              doesKnowCommand(command: CLEAN_UP_HOUSE)
            }
            """,
            Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));
    }

    [Fact]
    public void Should_reject_an_argument_the_directive_does_not_define()
    {
        AssertErrors("""
            fragment invalidArgName on Dog {
              isHouseTrained(atOtherHomes: true) @include(unless: false)
            }
            """,
            Error("Unknown argument \"unless\" on directive \"@include\".", (2, 47)));
    }

    [Fact]
    public void Should_suggest_similar_argument_names()
    {
        AssertErrors(
            "{ dog { doesKnowCommand(dogcommand: SIT) } }",
            Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)));
    }
}

public sealed class UniqueArgumentNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new UniqueArgumentNamesRule();

    [Fact]
    public void Should_reject_an_argument_given_twice()
    {
        AssertErrors(
            "{ dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false) @include(if: true, if: false) } }",
            Error("There can be only one argument named \"atOtherHomes\".", (1, 24), (1, 44)),
            Error("There can be only one argument named \"if\".", (1, 74), (1, 84)));
    }

    [Fact]
    public void Should_accept_the_same_argument_on_different_fields()
    {
        AssertValid("{ a: dog { isHouseTrained(atOtherHomes: true) } b: dog { isHouseTrained(atOtherHomes: true) } }");
    }
}

public sealed class ProvidedRequiredArgumentsTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new ProvidedRequiredArgumentsRule();

    [Fact]
    public void Should_accept_omitted_nullable_and_defaulted_arguments()
    {
        AssertValid("""
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment goodNonNullArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: true)
            }

            fragment goodBooleanArgDefault on Arguments {
              booleanArgField
            }

            fragment missingNonNullArgWithDefault on Arguments {
              optionalNonNullBooleanArgField
            }
            """);
    }

    [Fact]
    public void Should_reject_a_missing_non_null_argument()
    {
        AssertErrors("""
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField
            }
            """,
            Error("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", (2, 3)));
    }

    [Fact]
    public void Should_reject_a_directive_without_its_required_argument()
    {
        AssertErrors(
            "{ dog { name @include @tag } }",
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 14)),
            Error("Directive \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided.", (1, 23)));
    }

    [Fact]
    public void Should_report_each_missing_argument()
    {
        AssertErrors(
            "{ arguments { multipleRequirements } }",
            Error("Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided.", (1, 15)),
            Error("Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.", (1, 15)));
    }

    [Fact]
    public void Should_not_treat_an_explicit_null_as_missing()
    {
        // The null itself is a value error (Values of Correct Type), not a missing argument.
        AssertValid("{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }");
    }
}
