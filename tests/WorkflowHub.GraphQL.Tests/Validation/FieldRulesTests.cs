using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new FieldsOnCorrectTypeRule();

    [Fact]
    public void Should_accept_fields_defined_on_the_type_and_typename_anywhere()
    {
        AssertValid("""
            fragment interfaceFieldSelection on Pet { name }
            fragment inDirectFieldSelectionOnUnion on CatOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } }
            { __schema { queryType { name } } __type(name: "Dog") { name } }
            """);
    }

    [Fact]
    public void Should_reject_a_field_that_does_not_exist_on_the_type()
    {
        AssertErrors("""
            fragment fieldNotDefined on Dog {
              meowVolume
            }

            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume: kawVolume
            }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
            Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (6, 3)));
    }

    [Fact]
    public void Should_reject_a_field_of_an_implementation_queried_on_the_interface()
    {
        AssertErrors("""
            fragment definedOnImplementersButNotInterface on Pet {
              nickname
            }
            """,
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));
    }

    [Fact]
    public void Should_reject_a_direct_field_on_a_union()
    {
        AssertErrors("""
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }

            fragment definedOnImplementersQueriedOnUnion on CatOrDog {
              name
            }
            """,
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)),
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (6, 3)));
    }

    [Fact]
    public void Should_order_inline_fragment_suggestions_as_graphql_js_does()
    {
        // Super types before their subtypes, else by name: graphql-js sorts with that (non-transitive)
        // comparator in V8, which this reproduces.
        AssertErrors(
            "{ dogOrHuman { name } }",
            Error("Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Sentient\", \"Human\", \"Pet\", or \"Dog\"?", (1, 16)));
    }

    [Fact]
    public void Should_reject_schema_introspection_off_the_query_root()
    {
        AssertErrors(
            "{ dog { __schema { queryType { name } } } }",
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));
    }

    [Fact]
    public void Should_not_report_fields_below_an_unknown_field()
    {
        AssertErrors(
            "{ dog { unknown { deeper } } }",
            Error("Cannot query field \"unknown\" on type \"Dog\".", (1, 9)));
    }
}

public sealed class ScalarLeafsTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new ScalarLeafsRule();

    [Fact]
    public void Should_accept_scalar_leaves_and_object_fields_with_selections()
    {
        AssertValid("fragment scalarSelection on Dog { barkVolume owner { name } }");
    }

    [Fact]
    public void Should_reject_a_selection_on_a_scalar_or_enum_field()
    {
        AssertErrors("""
            fragment scalarSelectionsNotAllowedOnInt on Dog {
              barkVolume {
                sinceWhen
              }
            }
            """,
            Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (2, 14)));
    }

    [Fact]
    public void Should_reject_an_object_field_without_selection()
    {
        AssertErrors("""
            query directQueryOnObjectWithoutSubFields {
              human
            }

            query directQueryOnInterfaceWithoutSubFields {
              pet
            }

            query directQueryOnUnionWithoutSubFields {
              catOrDog
            }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)),
            Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (6, 3)),
            Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (10, 3)));
    }

    [Fact]
    public void Should_name_the_full_type_of_a_list_field()
    {
        AssertErrors(
            "{ human { pets } }",
            Error("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)));
    }

    [Fact]
    public void Should_reject_a_selection_on_typename()
    {
        AssertErrors(
            "{ dog { __typename { x } } }",
            Error("Field \"__typename\" must not have a selection since type \"String!\" has no subfields.", (1, 20)));
    }
}

public sealed class MaxIntrospectionDepthTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new MaxIntrospectionDepthRule();

    [Fact]
    public void Should_accept_introspection_nested_two_lists_deep()
    {
        AssertValid("{ __schema { types { fields { type { name } } interfaces { name } } } }");
    }

    [Fact]
    public void Should_reject_introspection_nested_three_lists_deep()
    {
        AssertErrors(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            Error("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void Should_follow_fragments_when_measuring_introspection_depth()
    {
        AssertErrors("""
            {
              __type(name: "Dog") { ...F }
            }
            fragment F on __Type { fields { type { ...G } } }
            fragment G on __Type { interfaces { possibleTypes { name } } }
            """,
            Error("Maximum introspection depth exceeded", (2, 3)));
    }

    [Fact]
    public void Should_stop_on_fragment_cycles()
    {
        AssertValid("{ __schema { types { ...F } } } fragment F on __Type { ofType { ...F } }");
    }
}
