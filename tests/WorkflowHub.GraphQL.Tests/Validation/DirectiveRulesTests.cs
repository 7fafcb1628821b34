using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class KnownDirectivesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new KnownDirectivesRule();

    [Fact]
    public void Should_accept_known_directives_in_their_locations()
    {
        AssertValid("""
            query q($v: Int @log) @tag(name: "q") {
              dog @skip(if: false) { name @log ...f @tag(name: "s") ... @include(if: true) { name } }
            }
            fragment f on Dog { name }
            """);
    }

    [Fact]
    public void Should_reject_an_unknown_directive()
    {
        AssertErrors(
            "{ dog @unknown { name } }",
            Error("Unknown directive \"@unknown\".", (1, 7)));
    }

    [Fact]
    public void Should_reject_a_directive_in_a_location_it_does_not_allow()
    {
        AssertErrors("""
            query @skip(if: $foo) {
              field
            }
            """,
            Error("Directive \"@skip\" may not be used on QUERY.", (1, 7)));
    }

    [Fact]
    public void Should_name_each_executable_location()
    {
        AssertErrors("""
            mutation m($v: Int @include(if: true)) @log { a }
            fragment f on Dog @log { name }
            subscription s @log { newMessage { body } }
            """,
            Error("Directive \"@include\" may not be used on VARIABLE_DEFINITION.", (1, 20)),
            Error("Directive \"@log\" may not be used on MUTATION.", (1, 40)),
            Error("Directive \"@log\" may not be used on FRAGMENT_DEFINITION.", (2, 19)),
            Error("Directive \"@log\" may not be used on SUBSCRIPTION.", (3, 16)));
    }

    [Fact]
    public void Should_check_directives_inside_type_definitions_too()
    {
        AssertErrors(
            "type T @skip(if: true) { f: String @unknown }",
            Error("Directive \"@skip\" may not be used on OBJECT.", (1, 8)),
            Error("Unknown directive \"@unknown\".", (1, 36)));
    }
}

public sealed class UniqueDirectivesPerLocationTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new UniqueDirectivesPerLocationRule();

    [Fact]
    public void Should_reject_a_non_repeatable_directive_used_twice_in_one_location()
    {
        AssertErrors("""
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) @skip(if: $bar)
            }
            """,
            Error("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)));
    }

    [Fact]
    public void Should_accept_a_directive_in_different_locations()
    {
        AssertValid("""
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field @skip(if: $foo) {
                subfieldA
              }
              field @skip(if: $bar) {
                subfieldB
              }
            }
            """);
    }

    [Fact]
    public void Should_accept_a_repeatable_directive_used_twice()
    {
        AssertValid("{ dog @tag(name: \"a\") @tag(name: \"b\") { name } }");
    }
}
