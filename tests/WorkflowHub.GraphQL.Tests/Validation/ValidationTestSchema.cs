using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Validation;

namespace WorkflowHub.GraphQL.Tests.Validation;

/// <summary>
/// The types the Validation chapter of the spec uses in its examples, plus a subscription root,
/// the <c>Arguments</c> type of the argument examples, a custom scalar and two custom directives.
/// </summary>
public static class ValidationTestSchema
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          arguments: Arguments
          booleanList(booleanListArg: [Boolean!]): Boolean
          human: Human
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          sentient: Sentient
          findPet(by: PetInput): Pet
          when(at: DateTime): String
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): [Boolean]
        }

        scalar DateTime

        directive @tag(name: String!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY
        directive @log(level: Int = 1) on FIELD | VARIABLE_DEFINITION
        """;

    public static readonly Schema Schema = SchemaBuilder.New().AddDocumentFromString(Sdl).Create();
}

/// <summary>Helpers shared by the rule tests: validate with one rule (or all) and compare messages and locations.</summary>
public abstract class ValidationTestBase
{
    protected static Schema Schema => ValidationTestSchema.Schema;

    /// <summary>The rule under test; null runs every specified rule.</summary>
    protected abstract Func<ValidationRule>? Rule { get; }

    protected IReadOnlyList<ValidationError> Validate(string document, Schema? schema = null) =>
        Rule is null
            ? DocumentValidator.Validate(schema ?? Schema, Parser.Parse(document))
            : DocumentValidator.Validate(schema ?? Schema, Parser.Parse(document), Rule);

    protected void AssertValid(string document, Schema? schema = null)
    {
        var errors = Validate(document, schema);
        Assert.True(errors.Count == 0, "Expected no errors, got:\n" + string.Join("\n", errors));
    }

    /// <summary>Asserts the errors, in order: each a message and its locations as (line, column).</summary>
    protected void AssertErrors(string document, params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        AssertErrors(document, null, expected);

    protected void AssertErrors(string document, Schema? schema, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var errors = Validate(document, schema);
        var actual = errors.Select(e => Format(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToList();
        var wanted = expected.Select(e => Format(e.Message, e.Locations)).ToList();
        Assert.Equal(wanted, actual);
    }

    protected static (string, (int, int)[]) Error(string message, params (int Line, int Column)[] locations) => (message, locations);

    private static string Format(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}
