using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new ExecutableDefinitionsRule();

    [Fact]
    public void Should_accept_operations_and_fragments()
    {
        AssertValid("""
            query getDogName { dog { ...names } }
            fragment names on Dog { name nickname }
            """);
    }

    [Fact]
    public void Should_reject_a_type_extension_in_an_executable_document()
    {
        AssertErrors("""
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """,
            Error("The \"Dog\" definition is not executable.", (8, 1)));
    }

    [Fact]
    public void Should_reject_schema_and_type_definitions()
    {
        AssertErrors("""
            schema { query: Query }
            type Query { a: String }
            { dog { name } }
            extend schema @tag(name: "x")
            directive @d on FIELD
            """,
            Error("The schema definition is not executable.", (1, 1)),
            Error("The \"Query\" definition is not executable.", (2, 1)),
            Error("The schema definition is not executable.", (4, 1)),
            Error("The \"d\" definition is not executable.", (5, 1)));
    }
}

public sealed class UniqueOperationNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new UniqueOperationNamesRule();

    [Fact]
    public void Should_accept_operations_with_different_names()
    {
        AssertValid("""
            query getDogName { dog { name } }
            query getOwnerName { dog { owner { name } } }
            """);
    }

    [Fact]
    public void Should_reject_two_operations_with_the_same_name()
    {
        AssertErrors("""
            query getName {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """,
            Error("There can be only one operation named \"getName\".", (1, 7), (7, 7)));
    }

    [Fact]
    public void Should_reject_a_query_and_a_mutation_with_the_same_name()
    {
        AssertErrors("""
            query dogOperation { dog { name } }
            mutation dogOperation { addPet(pet: { cat: { name: "Tom" } }) { name } }
            """,
            Error("There can be only one operation named \"dogOperation\".", (1, 7), (2, 10)));
    }
}

public sealed class LoneAnonymousOperationTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new LoneAnonymousOperationRule();

    [Fact]
    public void Should_accept_a_single_anonymous_operation()
    {
        AssertValid("{ dog { name } } fragment f on Dog { name }");
    }

    [Fact]
    public void Should_reject_an_anonymous_operation_next_to_another_operation()
    {
        AssertErrors("""
            {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }

    [Fact]
    public void Should_reject_each_of_several_anonymous_operations()
    {
        AssertErrors(
            "{ dog { name } }\n{ dog { nickname } }",
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (2, 1)));
    }
}

public sealed class SingleFieldSubscriptionsTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new SingleFieldSubscriptionsRule();

    [Fact]
    public void Should_accept_a_subscription_with_one_root_field_directly_or_through_a_fragment()
    {
        AssertValid("subscription sub { newMessage { body sender } }");
        AssertValid("""
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage {
                body
                sender
              }
            }
            """);
    }

    [Fact]
    public void Should_accept_the_same_root_field_selected_twice()
    {
        AssertValid("subscription sub { newMessage { body } newMessage { sender } }");
    }

    [Fact]
    public void Should_reject_a_subscription_with_two_root_fields()
    {
        AssertErrors("""
            subscription sub {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"sub\" must select only one top level field.", (6, 3)));
    }

    [Fact]
    public void Should_reject_a_second_root_field_that_comes_through_a_fragment()
    {
        AssertErrors("""
            subscription sub {
              ...multipleSubscriptions
            }

            fragment multipleSubscriptions on Subscription {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"sub\" must select only one top level field.", (10, 3)));
    }

    [Fact]
    public void Should_reject_an_anonymous_subscription_with_aliased_root_fields()
    {
        AssertErrors("""
            subscription {
              newMessage { body }
              other: newMessage { sender }
            }
            """,
            Error("Anonymous Subscription must select only one top level field.", (3, 3)));
    }

    [Fact]
    public void Should_reject_an_introspection_root_field()
    {
        AssertErrors("""
            subscription sub {
              __typename
            }
            """,
            Error("Subscription \"sub\" must not select an introspection top level field.", (2, 3)));
    }

    [Fact]
    public void Should_reject_skip_and_include_in_the_root_selection_set()
    {
        AssertErrors("""
            subscription requiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """,
            Error("Subscription \"requiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", (2, 14), (6, 29)));
    }

    [Fact]
    public void Should_reject_skip_on_a_fragment_spread_at_the_root()
    {
        AssertErrors("""
            subscription ($skip: Boolean!) {
              ...fields @skip(if: $skip)
            }
            fragment fields on Subscription { newMessage { body } }
            """,
            Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (2, 13)));
    }

    [Fact]
    public void Should_accept_skip_below_the_root_field()
    {
        AssertValid("subscription ($b: Boolean!) { newMessage { body @skip(if: $b) } }");
    }

    [Fact]
    public void Should_ignore_fragments_that_do_not_apply_to_the_subscription_type()
    {
        AssertValid("""
            subscription sub {
              newMessage { body }
              ... on Query { dog { name } }
            }
            """);
    }
}
