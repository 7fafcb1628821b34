using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new ValuesOfCorrectTypeRule();

    [Fact]
    public void Should_accept_the_spec_examples_of_valid_literals()
    {
        AssertValid("""
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment coercedIntIntoFloatArg on Arguments {
              # Note: The input coercion rules for Float allow Int literals.
              floatArgField(floatArg: 123)
            }

            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
              findDog(searchBy: $search) {
                name
              }
            }

            mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
              addPet(pet: $pet) {
                name
              }
            }

            query lists { booleanList(booleanListArg: true) arguments { booleanListArgField(booleanListArg: [true, null]) } }
            """);
    }

    [Fact]
    public void Should_reject_a_string_for_an_int()
    {
        AssertErrors("""
            fragment stringIntoInt on Arguments {
              intArgField(intArg: "123")
            }
            """,
            Error("Int cannot represent non-integer value: \"123\"", (2, 23)));
    }

    [Fact]
    public void Should_reject_a_wrong_value_inside_an_input_object()
    {
        AssertErrors("""
            query badComplexValue {
              findDog(searchBy: { name: 123 }) {
                name
              }
            }
            """,
            Error("String cannot represent a non string value: 123", (2, 29)));
    }

    [Fact]
    public void Should_reject_unknown_enum_values_with_suggestions()
    {
        AssertErrors(
            "{ dog { a: doesKnowCommand(dogCommand: sit) b: doesKnowCommand(dogCommand: \"SIT\") } }",
            Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (1, 40)),
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (1, 76)));
    }

    [Fact]
    public void Should_reject_null_for_a_non_null_position()
    {
        AssertErrors(
            "{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }",
            Error("Expected value of type \"Boolean!\", found null.", (1, 57)));
    }

    [Fact]
    public void Should_reject_a_list_item_of_the_wrong_type_and_a_scalar_for_an_input_object()
    {
        AssertErrors(
            "{ booleanList(booleanListArg: [true, 1]) findDog(searchBy: \"Fido\") { name } }",
            Error("Boolean cannot represent a non boolean value: 1", (1, 38)),
            Error("Expected value of type \"FindDogInput\", found \"Fido\".", (1, 60)));
    }

    [Fact]
    public void Should_reject_unknown_and_missing_required_input_fields()
    {
        AssertErrors(
            "mutation { addPet(pet: { cat: { nickname: \"Tom\", nam: \"x\" } }) { name } }",
            Error("Field \"CatInput.name\" of required type \"String!\" was not provided.", (1, 31)),
            Error("Field \"nam\" is not defined by type \"CatInput\". Did you mean \"name\"?", (1, 50)));
    }

    [Fact]
    public void Should_reject_a_one_of_literal_with_no_field_or_two_fields()
    {
        AssertErrors("""
            mutation oneOfWithNoFields {
              addPet(pet: {}) {
                name
              }
            }

            mutation oneOfWithTwoFields {
              addPet(pet: { cat: { name: "Brontie" }, dog: { name: "Rex" } }) {
                name
              }
            }
            """,
            Error("OneOf Input Object \"PetInput\" must specify exactly one key.", (2, 15)),
            Error("OneOf Input Object \"PetInput\" must specify exactly one key.", (8, 15)));
    }

    [Fact]
    public void Should_reject_a_one_of_literal_whose_field_is_null()
    {
        AssertErrors(
            "mutation { addPet(pet: { cat: null }) { name } }",
            Error("Field \"PetInput.cat\" must be non-null.", (1, 24)));
    }

    [Fact]
    public void Should_report_custom_scalar_literal_errors_as_the_scalar_words_them()
    {
        AssertErrors(
            "{ a: when(at: 5) b: when(at: \"yesterday\") c: when(at: \"2024-01-01T00:00:00Z\") }",
            Error("DateTime cannot represent non-string value: 5", (1, 15)),
            Error("DateTime cannot represent an invalid date-time string: \"yesterday\"", (1, 30)));
    }

    [Fact]
    public void Should_check_variable_default_values_against_the_variable_type()
    {
        AssertErrors(
            "query ($a: Int = \"one\", $b: Boolean! = null) { dog { name } }",
            Error("Int cannot represent non-integer value: \"one\"", (1, 18)),
            Error("Expected value of type \"Boolean!\", found null.", (1, 40)));
    }

    [Fact]
    public void Should_not_judge_variables_here()
    {
        AssertValid("query ($v: String) { arguments { intArgField(intArg: $v) } }");
    }
}

public sealed class UniqueInputFieldNamesTests : ValidationTestBase
{
    protected override Func<ValidationRule> Rule => () => new UniqueInputFieldNamesRule();

    [Fact]
    public void Should_reject_an_input_field_given_twice()
    {
        AssertErrors("""
            {
              field(arg: { field: true, field: false })
            }
            """,
            Error("There can be only one input field named \"field\".", (2, 16), (2, 29)));
    }

    [Fact]
    public void Should_report_repeated_fields_in_document_order_through_nested_objects()
    {
        AssertErrors(
            "{ f(a: { name: \"a\", owner: { x: 1, x: 2 }, name: \"b\" }) }",
            Error("There can be only one input field named \"x\".", (1, 30), (1, 36)),
            Error("There can be only one input field named \"name\".", (1, 10), (1, 44)));
    }

    [Fact]
    public void Should_accept_the_same_name_in_nested_objects()
    {
        AssertValid("{ findDog(searchBy: { name: \"a\", owner: \"b\" }) { name } }");
        AssertValid("{ f(a: { x: { x: 1 }, y: [{ x: 1 }, { x: 2 }] }) }");
    }
}
