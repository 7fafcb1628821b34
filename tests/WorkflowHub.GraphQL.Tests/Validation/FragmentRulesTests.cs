using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new UniqueFragmentNamesRule();

    [Fact]
    public void Should_reject_two_fragments_with_the_same_name()
    {
        AssertErrors("""
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """,
            Error("There can be only one fragment named \"fragmentOne\".", (7, 10), (11, 10)));
    }

    [Fact]
    public void Should_accept_fragments_with_different_names()
    {
        AssertValid("{ dog { ...a ...b } } fragment a on Dog { name } fragment b on Dog { nickname }");
    }
}

public sealed class KnownTypeNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new KnownTypeNamesRule();

    [Fact]
    public void Should_reject_fragments_and_variables_on_types_that_do_not_exist()
    {
        AssertErrors("""
            fragment notOnExistingType on NotInSchema {
              name
            }

            fragment inlineNotExistingType on Dog {
              ... on NotInSchema {
                name
              }
            }

            query ($a: Dgo, $b: [Strin!]) { dog { name } }
            """,
            Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
            Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (6, 10)),
            Error("Unknown type \"Dgo\". Did you mean \"Dog\"?", (11, 12)),
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (11, 22)));
    }

    [Fact]
    public void Should_accept_known_types_including_introspection_types()
    {
        AssertValid("query ($a: [String!], $b: __TypeKind) { dog { ... on Pet { name } } } fragment f on __Schema { types { name } }");
    }
}

public sealed class FragmentsOnCompositeTypesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new FragmentsOnCompositeTypesRule();

    [Fact]
    public void Should_accept_fragments_on_objects_interfaces_and_unions()
    {
        AssertValid("""
            fragment fragOnObject on Dog { name }
            fragment fragOnInterface on Pet { name }
            fragment fragOnUnion on CatOrDog { ... on Dog { name } }
            fragment inlineFragment on Dog { ... on Dog { name } ... { name } }
            """);
    }

    [Fact]
    public void Should_reject_fragments_on_scalars_and_input_objects()
    {
        AssertErrors("""
            fragment fragOnScalar on Int {
              something
            }

            fragment inlineFragOnScalar on Dog {
              ... on Boolean {
                somethingElse
              }
            }

            fragment onInput on DogInput { name }
            """,
            Error("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", (1, 26)),
            Error("Fragment cannot condition on non composite type \"Boolean\".", (6, 10)),
            Error("Fragment \"onInput\" cannot condition on non composite type \"DogInput\".", (11, 21)));
    }
}

public sealed class NoUnusedFragmentsTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new NoUnusedFragmentsRule();

    [Fact]
    public void Should_reject_a_fragment_no_operation_uses()
    {
        AssertErrors("""
            fragment nameFragment on Dog {
              name
            }

            {
              dog {
                name
              }
            }
            """,
            Error("Fragment \"nameFragment\" is never used.", (1, 1)));
    }

    [Fact]
    public void Should_accept_fragments_used_through_other_fragments()
    {
        AssertValid("""
            { dog { ...a } }
            fragment a on Dog { ...b }
            fragment b on Dog { owner { ...c } }
            fragment c on Human { name }
            """);
    }

    [Fact]
    public void Should_reject_fragments_only_used_by_unused_fragments()
    {
        AssertErrors("""
            { dog { name } }
            fragment x on Dog { ...y }
            fragment y on Dog { name }
            """,
            Error("Fragment \"x\" is never used.", (2, 1)),
            Error("Fragment \"y\" is never used.", (3, 1)));
    }
}

public sealed class KnownFragmentNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new KnownFragmentNamesRule();

    [Fact]
    public void Should_reject_a_spread_of_an_undefined_fragment()
    {
        AssertErrors("""
            {
              dog {
                ...undefinedFragment
              }
            }
            """,
            Error("Unknown fragment \"undefinedFragment\".", (3, 8)));
    }
}

public sealed class NoFragmentCyclesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new NoFragmentCyclesRule();

    [Fact]
    public void Should_reject_fragments_that_spread_each_other()
    {
        AssertErrors("""
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """,
            Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (9, 3), (14, 3)));
    }

    [Fact]
    public void Should_reject_a_fragment_that_spreads_itself()
    {
        AssertErrors(
            "fragment f on Dog { owner { pets { ... on Dog { ...f } } } }",
            Error("Cannot spread fragment \"f\" within itself.", (1, 49)));
    }

    [Fact]
    public void Should_report_each_cycle_once_with_its_path()
    {
        AssertErrors("""
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...A ...B }
            """,
            Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21)),
            Error("Cannot spread fragment \"B\" within itself via \"C\".", (2, 21), (3, 26)));
    }

    [Fact]
    public void Should_accept_the_same_fragment_spread_twice()
    {
        AssertValid("{ dog { ...a ...a } } fragment a on Dog { ...b } fragment b on Dog { name }");
    }
}

public sealed class PossibleFragmentSpreadsTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new PossibleFragmentSpreadsRule();

    [Fact]
    public void Should_accept_the_spec_examples_of_possible_spreads()
    {
        AssertValid("""
            fragment dogFragment on Dog {
              ... on Dog {
                barkVolume
              }
            }

            fragment petNameFragment on Pet {
              name
            }

            fragment interfaceWithinObjectFragment on Dog {
              ...petNameFragment
            }

            fragment catOrDogNameFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }

            fragment unionWithObjectFragment on Dog {
              ...catOrDogNameFragment
            }

            fragment petFragment on Pet {
              name
              ... on Dog {
                barkVolume
              }
            }

            fragment unionWithInterface on Pet {
              ...dogOrHumanFragment
            }

            fragment dogOrHumanFragment on DogOrHuman {
              ... on Dog {
                barkVolume
              }
            }
            """);
    }

    [Fact]
    public void Should_reject_spreads_that_can_never_apply()
    {
        AssertErrors("""
            fragment catInDogFragmentInvalid on Dog {
              ... on Cat {
                meowVolume
              }
            }

            fragment sentientFragment on Sentient {
              ... on Dog {
                barkVolume
              }
            }

            fragment humanOrAlienFragment on HumanOrAlien {
              ... on Cat {
                meowVolume
              }
            }

            fragment nonIntersectingInterfaces on Pet {
              ...sentientFragment
            }
            """,
            Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (2, 3)),
            Error("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", (8, 3)),
            Error("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", (14, 3)),
            Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", (20, 3)));
    }
}
