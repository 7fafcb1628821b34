using System.Text.Json;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Tests.Language;

public class PrinterTests
{
    /// <summary>One source per syntax construct with graphql-js's <c>print(parse(source))</c>.</summary>
    private static readonly string[] GraphQLJsPrints =
        TestFiles.Read("Language", "Documents", "print-cases.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> PrintIndexes() => new(Enumerable.Range(0, GraphQLJsPrints.Length));

    [Theory]
    [MemberData(nameof(PrintIndexes))]
    public void Should_print_every_construct_like_graphql_js_and_round_trip(int index)
    {
        var items = JsonSerializer.Deserialize<string[]>(GraphQLJsPrints[index])!;
        var printed = AstPrinter.Print(Parser.Parse(items[0]));
        Assert.Equal(items[1], printed);
        Assert.Equal(printed, AstPrinter.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Should_print_kitchen_sinks_exactly_like_graphql_js(string name)
    {
        var source = TestFiles.Read("Language", "Documents", name + ".graphql");
        var expected = TestFiles.Read("Language", "Documents", name + ".printed.graphql");
        Assert.Equal(expected, AstPrinter.Print(Parser.Parse(source)));
    }

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Should_round_trip_parse_print_parse(string name)
    {
        var printed = AstPrinter.Print(Parser.Parse(TestFiles.Read("Language", "Documents", name + ".graphql")));
        Assert.Equal(printed, AstPrinter.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("query ($a: [Int!]! = [1]) { a }", "query ($a: [Int!]! = [1]) {\n  a\n}")]
    [InlineData("{ a(x: {y: [1, 2.5, \"s\", true, null, E, $v]}) }", "{\n  a(x: {y: [1, 2.5, \"s\", true, null, E, $v]})\n}")]
    [InlineData("{ ... on T @d { a } ... @e { b } ...F @f }", "{\n  ... on T @d {\n    a\n  }\n  ... @e {\n    b\n  }\n  ...F @f\n}")]
    [InlineData("\"\"\"op\"\"\" query Q(\"v\" $a: Int) { a }", "\"\"\"op\"\"\"\nquery Q(\n\"v\"\n$a: Int\n) {\n  a\n}")]
    [InlineData("type T { f(\"d\" a: Int): Int }", "type T {\n  f(\n    \"d\"\n    a: Int\n  ): Int\n}")]
    [InlineData("directive @d(\"x\" a: Int) repeatable on FIELD | QUERY", "directive @d(\n  \"x\"\n  a: Int\n) repeatable on FIELD | QUERY")]
    [InlineData("interface I implements A & B @d { f: Int }", "interface I implements A & B @d {\n  f: Int\n}")]
    public void Should_print_constructs_like_graphql_js(string source, string expected)
    {
        Assert.Equal(expected, AstPrinter.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Should_wrap_field_arguments_longer_than_eighty_characters()
    {
        var printed = AstPrinter.Print(Parser.Parse(
            "{ someField(firstArgument: \"a fairly long value\", secondArgument: \"another long value\") }"));
        Assert.Equal(
            "{\n  someField(\n    firstArgument: \"a fairly long value\"\n    secondArgument: \"another long value\"\n  )\n}",
            printed);
    }

    [Fact]
    public void Should_indent_block_strings_inside_blocks()
    {
        var printed = AstPrinter.Print(Parser.Parse("type T {\n  \"\"\"\n  line one\n  line two\n  \"\"\"\n  f: Int\n}"));
        Assert.Equal("type T {\n  \"\"\"\n  line one\n  line two\n  \"\"\"\n  f: Int\n}", printed);
    }

    [Fact]
    public void Should_print_nodes_through_to_string()
    {
        Assert.Equal("[1, {a: B}]", Parser.ParseValue("[1 {a: B}]").ToString());
    }
}
