using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.Tests.Resolvers;

public class DefaultFieldResolverTests
{
    private sealed class Person
    {
        public string FirstName { get; init; } = "Ann";
        public int created_at = 7;
        public string Name { get; init; } = "exact";
        public string name { get; init; } = "lower";
        public string Greeting() => "hello";
    }

    [Theory]
    [InlineData("firstName", "Ann")]
    [InlineData("FIRSTNAME", "Ann")]
    [InlineData("first_name", "Ann")]
    [InlineData("createdAt", 7)]
    [InlineData("greeting", "hello")]
    [InlineData("name", "lower")]
    [InlineData("Name", "exact")]
    [InlineData("missing", null)]
    public void Should_read_clr_properties_fields_and_methods_by_graphql_name(string field, object? expected)
    {
        Assert.Equal(expected, DefaultFieldResolver.Resolve(new Person(), field));
    }

    [Fact]
    public void Should_read_dictionaries()
    {
        Assert.Equal(1, DefaultFieldResolver.Resolve(new Dictionary<string, object?> { ["a"] = 1 }, "a"));
        IReadOnlyDictionary<string, object?> readOnly = new Dictionary<string, object?> { ["b"] = 2 };
        Assert.Equal(2, DefaultFieldResolver.Resolve(new ReadOnlyWrapper(readOnly), "b"));
        Assert.Equal(3, DefaultFieldResolver.Resolve(new Hashtable { ["c"] = 3 }, "c"));
        Assert.Null(DefaultFieldResolver.Resolve(new Dictionary<string, object?>(), "a"));
        Assert.Null(DefaultFieldResolver.Resolve(null, "a"));
    }

    [Fact]
    public void Should_read_json_elements_turning_primitives_into_clr_values()
    {
        var json = JsonDocument.Parse("{\"s\":\"x\",\"i\":5,\"big\":5000000000,\"f\":1.5,\"t\":true,\"n\":null,\"l\":[1,\"a\"],\"o\":{\"k\":1}}").RootElement;
        Assert.Equal("x", DefaultFieldResolver.Resolve(json, "s"));
        Assert.Equal(5, DefaultFieldResolver.Resolve(json, "i"));
        Assert.Equal(5000000000L, DefaultFieldResolver.Resolve(json, "big"));
        Assert.Equal(1.5, DefaultFieldResolver.Resolve(json, "f"));
        Assert.Equal(true, DefaultFieldResolver.Resolve(json, "t"));
        Assert.Null(DefaultFieldResolver.Resolve(json, "n"));
        Assert.Equal(new List<object?> { 1, "a" }, DefaultFieldResolver.Resolve(json, "l"));
        var nested = Assert.IsType<JsonElement>(DefaultFieldResolver.Resolve(json, "o"));
        Assert.Equal(1, DefaultFieldResolver.Resolve(nested, "k"));
        Assert.Null(DefaultFieldResolver.Resolve(json, "missing"));
    }

    [Fact]
    public void Should_read_json_nodes()
    {
        var node = JsonNode.Parse("{\"s\":\"x\",\"i\":5,\"l\":[true],\"o\":{\"k\":\"v\"}}")!;
        Assert.Equal("x", DefaultFieldResolver.Resolve(node, "s"));
        Assert.Equal(5, DefaultFieldResolver.Resolve(node, "i"));
        Assert.Equal(new List<object?> { true }, DefaultFieldResolver.Resolve(node, "l"));
        Assert.Equal("v", DefaultFieldResolver.Resolve(DefaultFieldResolver.Resolve(node, "o"), "k"));
        var built = new JsonObject { ["n"] = 42, ["s"] = "text" };
        Assert.Equal(42, DefaultFieldResolver.Resolve(built, "n"));
        Assert.Equal("text", DefaultFieldResolver.Resolve(built, "s"));
    }

    [Fact]
    public void Should_read_json_values_stored_in_dictionaries()
    {
        var map = new Dictionary<string, object?> { ["j"] = JsonDocument.Parse("[1,2]").RootElement };
        Assert.Equal(new List<object?> { 1, 2 }, DefaultFieldResolver.Resolve(map, "j"));
    }

    private sealed class ReadOnlyWrapper(IReadOnlyDictionary<string, object?> inner) : IReadOnlyDictionary<string, object?>
    {
        public object? this[string key] => inner[key];

        public IEnumerable<string> Keys => inner.Keys;

        public IEnumerable<object?> Values => inner.Values;

        public int Count => inner.Count;

        public bool ContainsKey(string key) => inner.ContainsKey(key);

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => inner.GetEnumerator();

        public bool TryGetValue(string key, out object? value) => inner.TryGetValue(key, out value);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed record Other(string FirstName, int Age);

    [Fact]
    public void Should_resolve_through_the_field_for_alternating_parent_types()
    {
        var field = new WorkflowHub.GraphQL.Types.OutputField("firstName", WorkflowHub.GraphQL.Types.BuiltInScalars.String);
        Assert.Equal("Ann", DefaultFieldResolver.Resolve(new Person(), field));
        Assert.Equal("Bob", DefaultFieldResolver.Resolve(new Other("Bob", 3), field));
        Assert.Equal("Ann", DefaultFieldResolver.Resolve(new Person(), field));
        Assert.Equal("Cy", DefaultFieldResolver.Resolve(new Dictionary<string, object?> { ["firstName"] = "Cy" }, field));
        Assert.Null(DefaultFieldResolver.Resolve("no such member", field));
        Assert.Null(DefaultFieldResolver.Resolve(null, field));
    }
}
