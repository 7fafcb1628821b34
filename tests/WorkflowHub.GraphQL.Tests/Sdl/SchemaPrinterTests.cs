using System.Text.Json;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Sdl;

public class SchemaPrinterTests
{
    /// <summary>Generated schemas (odd descriptions, defaults of every kind, oneOf, deprecations) with graphql-js's printSchema output or errors.</summary>
    private static readonly string[] RandomSchemas =
        TestFiles.Read("Sdl", "Schemas", "random-schemas.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> RandomSchemaIndexes() => new(Enumerable.Range(0, RandomSchemas.Length));

    [Theory]
    [MemberData(nameof(RandomSchemaIndexes))]
    public void Should_print_or_reject_generated_schemas_like_graphql_js(int index)
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>(RandomSchemas[index])!;
        var builder = SchemaBuilder.New().AddDocumentFromString(items[0].GetString()!);
        if (items[1].GetString() == "OK")
        {
            Assert.Equal(items[2].GetString(), SchemaPrinter.Print(builder.Create()));
        }
        else
        {
            var error = Assert.Throws<SchemaValidationException>(builder.Create);
            Assert.Equal(items[2].EnumerateArray().Select(e => e.GetString()).Order(), error.Errors.Select(e => e.Message).Order());
        }
    }

    private static string Print(string sdl) => SchemaPrinter.Print(SchemaBuilder.New().AddDocumentFromString(sdl).Create());

    [Fact]
    public void Should_print_a_rich_schema_exactly_like_graphql_js_print_schema()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString(TestFiles.Read("Sdl", "Schemas", "workflow-hub.graphql")).Create();
        Assert.Equal(TestFiles.Read("Sdl", "Schemas", "workflow-hub.printed.graphql"), SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Should_print_the_same_schema_after_a_round_trip_through_its_own_sdl()
    {
        var printed = Print(TestFiles.Read("Sdl", "Schemas", "workflow-hub.graphql"));
        Assert.Equal(printed, Print(printed));
    }

    [Fact]
    public void Should_omit_the_schema_definition_for_default_root_names()
    {
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", Print("type Query { a: Int } type Mutation { b: Int }"));
    }

    [Fact]
    public void Should_print_the_schema_definition_for_custom_root_names()
    {
        Assert.Equal(
            "schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}",
            Print("schema { query: Root } type Root { a: Int }"));
    }

    [Fact]
    public void Should_omit_built_in_scalars_and_directives()
    {
        var printed = Print("type Query { s: String i: Int f: Float b: Boolean id: ID }");
        Assert.Equal("type Query {\n  s: String\n  i: Int\n  f: Float\n  b: Boolean\n  id: ID\n}", printed);
    }

    [Fact]
    public void Should_print_descriptions_that_cannot_be_block_strings_as_quoted_strings()
    {
        var printed = Print("type Query {\n  \"\\nstarts with a newline\"\n  a: Int\n}");
        Assert.Equal("type Query {\n  \"\\nstarts with a newline\"\n  a: Int\n}", printed);
    }

    [Fact]
    public void Should_print_specified_by_on_the_extra_scalars_registered_in_code()
    {
        var builder = SchemaBuilder.New().AddDocumentFromString("type Query { at: DateTime id: UUID n: Long j: JSON }");
        foreach (var scalar in BuiltInScalars.CreateExtended())
        {
            builder.AddScalar(scalar);
        }

        var printed = SchemaPrinter.Print(builder.Create());
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", printed);
        Assert.Contains("scalar UUID @specifiedBy(url: \"https://tools.ietf.org/html/rfc4122\")", printed);
        Assert.Contains("scalar Long\n", printed);
        Assert.Contains("scalar JSON @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc8259\")", printed);
    }

    [Fact]
    public void Should_print_a_code_built_schema()
    {
        var query = new ObjectType("Query", "Entry points.");
        query.Field("hello", BuiltInScalars.String, f => f.AddArgument(new Argument("name", new NonNullType(BuiltInScalars.String), "Who to greet.")));
        var schema = Schema.Create(new SchemaConfiguration { Query = query });
        Assert.Equal(
            "\"\"\"Entry points.\"\"\"\ntype Query {\n  hello(\n    \"\"\"Who to greet.\"\"\"\n    name: String!\n  ): String\n}",
            schema.ToString());
    }
}
