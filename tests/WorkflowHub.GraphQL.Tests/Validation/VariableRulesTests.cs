using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new UniqueVariableNamesRule();

    [Fact]
    public void Should_reject_a_variable_declared_twice()
    {
        AssertErrors("""
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            Error("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));
    }

    [Fact]
    public void Should_accept_the_same_variable_name_in_different_operations()
    {
        AssertValid("""
            query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }
            query B($atOtherHomes: Boolean) { ...HouseTrainedFragment }
            fragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """);
    }
}

public sealed class VariablesAreInputTypesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new VariablesAreInputTypesRule();

    [Fact]
    public void Should_accept_scalars_enums_and_input_objects()
    {
        AssertValid("""
            query takesBoolean($atOtherHomes: Boolean) { dog { name } }
            query takesComplexInput($search: FindDogInput) { dog { name } }
            query TakesListOfBooleanBang($booleans: [Boolean!]) { dog { name } }
            query takesEnum($c: DogCommand!) { dog { name } }
            """);
    }

    [Fact]
    public void Should_reject_object_interface_and_union_variables()
    {
        AssertErrors("""
            query takesCat($cat: Cat) { dog { name } }
            query takesDogBang($dog: Dog!) { dog { name } }
            query takesListOfPet($pets: [Pet]) { dog { name } }
            query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }
            """,
            Error("Variable \"$cat\" cannot be non-input type \"Cat\".", (1, 22)),
            Error("Variable \"$dog\" cannot be non-input type \"Dog!\".", (2, 26)),
            Error("Variable \"$pets\" cannot be non-input type \"[Pet]\".", (3, 29)),
            Error("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", (4, 32)));
    }
}

public sealed class NoUndefinedVariablesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new NoUndefinedVariablesRule();

    [Fact]
    public void Should_reject_a_variable_the_operation_does_not_define()
    {
        AssertErrors("""
            query variableIsNotDefined {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", (3, 34), (1, 1)));
    }

    [Fact]
    public void Should_follow_fragments_and_report_per_operation()
    {
        AssertErrors("""
            query housetrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query housetrainedQueryTwoNotDefined {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            Error("Variable \"$atOtherHomes\" is not defined by operation \"housetrainedQueryTwoNotDefined\".", (14, 32), (7, 1)));
    }

    [Fact]
    public void Should_word_the_error_without_a_name_for_anonymous_operations()
    {
        AssertErrors(
            "{ dog { isHouseTrained(atOtherHomes: $x) } }",
            Error("Variable \"$x\" is not defined.", (1, 38), (1, 1)));
    }
}

public sealed class NoUnusedVariablesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new NoUnusedVariablesRule();

    [Fact]
    public void Should_reject_a_variable_the_operation_never_uses()
    {
        AssertErrors("""
            query variableUnused($atOtherHomes: Boolean) {
              dog {
                isHouseTrained
              }
            }
            """,
            Error("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", (1, 22)));
    }

    [Fact]
    public void Should_count_uses_in_fragments_and_nested_values()
    {
        AssertValid("""
            query variableUsedInFragment($atOtherHomes: Boolean, $name: String) {
              dog {
                ...isHouseTrainedFragment
              }
              findDog(searchBy: { name: $name }) { name }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """);
    }

    [Fact]
    public void Should_reject_a_variable_only_used_by_a_fragment_the_operation_does_not_spread()
    {
        AssertErrors("""
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedWithoutVariableFragment
              }
            }

            fragment isHouseTrainedWithoutVariableFragment on Dog {
              isHouseTrained
            }
            """,
            Error("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", (1, 37)));
    }
}

public sealed class VariablesInAllowedPositionTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new VariablesInAllowedPositionRule();

    [Fact]
    public void Should_reject_a_nullable_variable_in_a_non_null_argument()
    {
        AssertErrors("""
            query intCannotGoIntoBoolean($intArg: Int) {
              arguments {
                booleanArgField(booleanArg: $intArg)
              }
            }

            query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
              arguments {
                booleanArgField(booleanArg: $booleanListArg)
              }
            }

            query booleanArgQuery($booleanArg: Boolean) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (3, 33)),
            Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (7, 38), (9, 33)),
            Error("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (13, 23), (15, 47)));
    }

    [Fact]
    public void Should_accept_the_spec_examples_of_allowed_usages()
    {
        AssertValid("""
            query nonNullListToList($nonNullBooleanList: [Boolean]!) {
              arguments {
                booleanListArgField(booleanListArg: $nonNullBooleanList)
              }
            }

            query booleanArgQueryWithDefault($booleanArg: Boolean) {
              arguments {
                optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
              }
            }

            query booleanArgQueryWithDefault2($booleanArg: Boolean = true) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }

            query listOfNonNull($b: Boolean!) { booleanList(booleanListArg: [$b]) }
            """);
    }

    [Fact]
    public void Should_reject_a_list_variable_in_a_non_null_list_position()
    {
        AssertErrors("""
            query listToNonNullList($booleanList: [Boolean]) {
              arguments {
                nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
              }
            }
            """,
            Error("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", (1, 25), (3, 52)));
    }

    [Fact]
    public void Should_reject_a_null_default_as_a_substitute_for_non_null()
    {
        AssertErrors(
            "query ($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
            Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 8), (1, 84)));
    }

    [Fact]
    public void Should_reject_a_nullable_variable_for_a_one_of_field()
    {
        AssertErrors("""
            mutation addNullableCat($cat: CatInput) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """,
            Error("Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 25), (2, 22)));
    }

    [Fact]
    public void Should_reject_a_nullable_variable_for_a_one_of_field_inside_a_list()
    {
        AssertErrors("""
            mutation listOfOneOfWithNullableVariable($dog: DogInput) {
              addPets(pets: [{ dog: $dog }]) {
                name
              }
            }
            """,
            Error("Variable \"$dog\" is of type \"DogInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\".", (1, 42), (2, 25)));
    }

    [Fact]
    public void Should_accept_non_null_variables_and_non_null_defaults_for_one_of_fields()
    {
        AssertValid("""
            mutation addCat($cat: CatInput!) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }

            mutation addCatWithDefault($cat: CatInput = { name: "Brontie" }) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }

            query nullablePosition($dog: DogInput!) { findPet(by: { dog: $dog }) { name } }
            """);
    }
}
