using System.Text.Json;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Types;

public class SchemaValidationTests
{
    /// <summary>SDL schemas with the errors graphql-js reports for them (buildSchema, then validateSchema).</summary>
    private static readonly string[] GraphQLJsCases =
        TestFiles.Read("Types", "schema-validation.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> CaseIndexes() => new(Enumerable.Range(0, GraphQLJsCases.Length));

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Should_report_the_same_schema_errors_as_graphql_js(int index)
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>(GraphQLJsCases[index])!;
        var sdl = items[0].GetString()!;
        var expected = items[1].EnumerateArray().Select(e => e.GetString()!).Order().ToList();

        IReadOnlyList<string> actual;
        try
        {
            SchemaBuilder.New().AddDocumentFromString(sdl).Create();
            actual = [];
        }
        catch (SchemaValidationException error)
        {
            actual = error.Errors.Select(e => e.Message).Order().ToList();
        }

        Assert.Equal(expected, actual);
    }

    private static ObjectType Query(string field = "a") => new ObjectType("Query").Field(field, BuiltInScalars.Int);

    private static IReadOnlyList<string> Validate(SchemaConfiguration configuration) =>
        new Schema(configuration).Validate().Select(e => e.Message).ToList();

    [Fact]
    public void Should_accept_a_valid_code_built_schema()
    {
        Assert.Empty(Validate(new SchemaConfiguration { Query = Query() }));
        Schema.Create(new SchemaConfiguration { Query = Query() });
    }

    [Fact]
    public void Should_throw_every_error_from_create()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Schema.Create(new SchemaConfiguration { Types = [new EnumType("E")] }));
        Assert.Equal(["Query root type must be provided.", "Enum type E must define one or more values."], error.Errors.Select(e => e.Message));
        Assert.Equal("Query root type must be provided.\n\nEnum type E must define one or more values.", error.Message);
    }

    [Theory]
    [InlineData("1abc", "Names must start with [_a-zA-Z] but \"1abc\" does not.")]
    [InlineData("a-b", "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not.")]
    [InlineData("__a", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    public void Should_check_names_of_code_built_types(string name, string expected)
    {
        Assert.Contains(expected, Validate(new SchemaConfiguration { Query = Query(name) }));
    }

    [Fact]
    public void Should_reject_output_types_in_input_positions_built_in_code()
    {
        var query = new ObjectType("Query");
        query.AddField(new OutputField("a", BuiltInScalars.Int)).AddArgument(new Argument("x", new ListType(query)));
        var input = new InputObjectType("I").AddField(new InputField("q", new NonNullType(query)));
        Assert.Equal(
            ["The type of I.q must be Input Type but got: Query!.", "The type of Query.a(x:) must be Input Type but got: [Query]."],
            Validate(new SchemaConfiguration { Query = query, Types = [input] }));
    }

    [Fact]
    public void Should_reject_input_types_in_output_positions_built_in_code()
    {
        var input = new InputObjectType("I").AddField(new InputField("x", BuiltInScalars.Int));
        var query = new ObjectType("Query");
        query.AddField(new OutputField("a", new ListType(input)));
        Assert.Equal(["The type of Query.a must be Output Type but got: [I]."], Validate(new SchemaConfiguration { Query = query }));
    }

    [Fact]
    public void Should_reject_directives_without_locations_and_duplicate_type_names()
    {
        var directive = new DirectiveType("nowhere", []);
        Assert.Equal(["Directive @nowhere must include 1 or more locations."],
            Validate(new SchemaConfiguration { Query = Query(), Directives = [directive] }));

        var error = Assert.Throws<SchemaValidationException>(() => new Schema(new SchemaConfiguration { Query = Query(), Types = [new ObjectType("Query")] }));
        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Query\".", error.Message);
    }

    [Fact]
    public void Should_reject_true_false_and_null_as_enum_values()
    {
        Assert.Contains("Enum values cannot be named: true", Validate(new SchemaConfiguration { Query = Query(), Types = [new EnumType("E").AddValue("true")] }));
    }

    [Fact]
    public void Should_seal_types_once_a_schema_owns_them()
    {
        var query = Query();
        _ = new Schema(new SchemaConfiguration { Query = query });
        Assert.Throws<InvalidOperationException>(() => query.AddField(new OutputField("b", BuiltInScalars.Int)));
        Assert.Throws<InvalidOperationException>(() => query.Fields["a"].AddArgument(new Argument("x", BuiltInScalars.Int)));
    }

    [Fact]
    public void Should_keep_locations_of_sdl_definitions_in_errors()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.New().AddDocumentFromString("type Query { a: Int }\nenum E").Create());
        Assert.Equal(new Location(22, 28, 2, 1), Assert.Single(Assert.Single(error.Errors).Locations));
    }
}
