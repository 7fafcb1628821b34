using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Tests.Utilities;

public class UtilitiesTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1d, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(-12.25, "-12.25")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.1, "0.1")]
    [InlineData(2147483648d, "2147483648")]
    [InlineData(9007199254740993d, "9007199254740992")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Should_format_numbers_like_javascript(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
        Assert.Equal("0", JsNumber.Format(-0d));
    }

    [Fact]
    public void Should_suggest_close_names_in_graphql_js_order()
    {
        Assert.Equal(["GREEN", "RED"], Suggestions.For("GREN", ["RED", "GREEN", "BLUE"]));
        Assert.Equal(["abc"], Suggestions.For("ABC", ["abc", "xyz"]));
        Assert.Equal(["a2", "a10"], Suggestions.For("a1", ["a10", "a2"]));
        Assert.Empty(Suggestions.For("zzzzz", ["abc"]));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, " Did you mean \"a\"?")]
    [InlineData(new[] { "a", "b" }, " Did you mean \"a\" or \"b\"?")]
    [InlineData(new[] { "a", "b", "c" }, " Did you mean \"a\", \"b\", or \"c\"?")]
    [InlineData(new[] { "a", "b", "c", "d", "e", "f" }, " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?")]
    public void Should_word_did_you_mean_like_graphql_js(string[] suggestions, string expected)
    {
        Assert.Equal(expected, Suggestions.DidYouMean(suggestions));
    }

    [Fact]
    public void Should_inspect_values_like_graphql_js()
    {
        Assert.Equal("\"a\\\"b\"", Inspect.Format("a\"b"));
        Assert.Equal("null", Inspect.Format(null));
        Assert.Equal("\"tab\\t nl\\n \\u0001 é\"", Inspect.Format("tab\t nl\n \u0001 é"));
        Assert.Equal("[1, 2.5, true]", Inspect.Format(new object[] { 1, 2.5, true }));
        Assert.Equal("{ a: 1, b: [\"x\"] }", Inspect.Format(new Dictionary<string, object?> { ["a"] = 1, ["b"] = new[] { "x" } }));
        Assert.Equal("{}", Inspect.Format(new Dictionary<string, object?>()));
        Assert.Equal("[[[Array]]]", Inspect.Format(new object[] { new object[] { new object[] { 1 } } }));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", Inspect.Format(Enumerable.Range(0, 12).ToArray()));
    }
}
