using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("one line", "\"\"\"one line\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("a\n b\n c", "\"\"\"\na\n b\n c\n\"\"\"")]
    public void Should_print_block_strings_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Fact]
    public void Should_print_long_single_lines_on_their_own_line()
    {
        var value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain", true)]
    [InlineData("two\nlines", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell \u0007", false)]
    [InlineData("  a\n  b", false)]
    [InlineData("a\n  b", true)]
    public void Should_tell_when_a_description_prints_as_block_string(string value, bool expected)
    {
        Assert.Equal(expected, BlockString.IsPrintableAsBlockString(value));
    }

    [Theory]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\n\t\b\f\r", "\"\\n\\t\\b\\f\\r\"")]
    [InlineData("\u0001\u001F\u007F\u009F\u00A0", "\"\\u0001\\u001F\\u007F\\u009F\u00A0\"")]
    [InlineData("é 😀", "\"é 😀\"")]
    public void Should_escape_strings_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, StringLiteral.Print(value));
    }
}
