using System.Text.Json;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class CompletionTests
{
    private sealed record Dog(string Name, int BarkVolume);

    private sealed record Cat(string Name, bool Purrs);

    [Fact]
    public async Task Should_report_a_scalar_that_cannot_be_serialized_as_a_field_error()
    {
        var schema = Run.Sdl("type Query { count: Int other: String }", b => b
            .AddResolver("Query", "count", _ => 1.5)
            .AddResolver("Query", "other", _ => "fine"));

        Assert.Equal(
            Run.J("{'errors':[{'message':'Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':3}],'path':['count']}],'data':{'count':null,'other':'fine'}}"),
            await Run.Json(schema, "{ count other }"));
    }

    [Fact]
    public async Task Should_complete_lists_from_arrays_enumerables_and_json_arrays()
    {
        using var json = JsonDocument.Parse("[4, 5]");
        var array = json.RootElement.Clone();
        var schema = Run.Sdl("type Query { array: [Int] lazy: [Int] json: [Int] nested: [[String]] }", b => b
            .AddResolver("Query", "array", _ => new[] { 1, 2 })
            .AddResolver("Query", "lazy", _ => Enumerable.Range(1, 3).Select(i => i * 10))
            .AddResolver("Query", "json", _ => array)
            .AddResolver("Query", "nested", _ => new List<object?> { new[] { "a" }, null, new List<string>() }));

        Assert.Equal(
            Run.J("{'data':{'array':[1,2],'lazy':[10,20,30],'json':[4,5],'nested':[['a'],null,[]]}}"),
            await Run.Json(schema, "{ array lazy json nested }"));
    }

    [Fact]
    public async Task Should_refuse_a_string_where_a_list_is_expected()
    {
        var schema = Run.Sdl("type Query { names: [String] }", b => b.AddResolver("Query", "names", _ => "abc"));

        Assert.Equal(
            Run.J("{'errors':[{'message':'Expected Iterable, but did not find one for field \\u0022Query.names\\u0022.','locations':[{'line':1,'column':3}],'path':['names']}],'data':{'names':null}}").Replace("\\u0022", "\\\""),
            await Run.Json(schema, "{ names }"));
    }

    [Fact]
    public async Task Should_resolve_union_members_by_clr_type_name_and_interfaces_by_type_resolver()
    {
        var schema = Run.Sdl("""
            type Query { pets: [Pet] named: [Named] }
            union Pet = Dog | Cat
            interface Named { name: String }
            type Dog implements Named { name: String barkVolume: Int }
            type Cat implements Named { name: String purrs: Boolean }
            """, b => b
            .AddResolver("Query", "pets", _ => new object[] { new Dog("Rex", 3), new Cat("Tom", true) })
            .AddResolver("Query", "named", _ => new object[] { new Cat("Kit", false) })
            .AddTypeResolver("Named", (_, value) => value is Cat ? "Cat" : "Dog"));

        var json = await Run.Json(schema, """
            { pets { __typename ... on Dog { name barkVolume } ... on Cat { name purrs } } named { name __typename } }
            """);

        Assert.Equal(
            Run.J("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barkVolume':3},{'__typename':'Cat','name':'Tom','purrs':true}],'named':[{'name':'Kit','__typename':'Cat'}]}}"),
            json);
    }

    [Fact]
    public async Task Should_resolve_abstract_types_from_typename_in_the_data()
    {
        var schema = Run.Sdl("type Query { pet: Pet } union Pet = Dog | Cat type Dog { name: String } type Cat { name: String }");
        var root = new Dictionary<string, object?> { ["pet"] = new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom" } };

        Assert.Equal(Run.J("{'data':{'pet':{'__typename':'Cat','name':'Tom'}}}"), await Run.Json(schema, "{ pet { __typename ... on Cat { name } } }", root: root));
    }

    [Fact]
    public async Task Should_report_a_runtime_type_that_is_not_a_possible_type()
    {
        var schema = Run.Sdl("type Query { pet: Pet other: Other } union Pet = Dog type Dog { name: String } type Other { name: String }");
        var root = new Dictionary<string, object?> { ["pet"] = new Dictionary<string, object?> { ["__typename"] = "Other" } };

        var result = await Run.Execute(schema, "{ pet { __typename } }", root: root);

        Assert.Equal("Runtime Object type \"Other\" is not a possible type for \"Pet\".", Assert.Single(result.Errors!).Message);
        Assert.Null(result.Data!["pet"]);
    }

    [Fact]
    public async Task Should_check_is_of_type_before_completing_an_object()
    {
        var schema = Run.Sdl("type Query { dog: Dog } type Dog { name: String }", b => b
            .AddResolver("Query", "dog", _ => new Cat("Tom", true))
            .AddIsOfType("Dog", (_, value) => value is Dog));

        var result = await Run.Execute(schema, "{ dog { name } }");

        Assert.StartsWith("Expected value of type \"Dog\" but got: ", Assert.Single(result.Errors!).Message);
        Assert.Null(result.Data!["dog"]);
    }

    [Fact]
    public async Task Should_serialize_clr_enums_and_custom_scalars()
    {
        var schema = Run.Sdl("""
            type Query { day: Day when: DateTime id: UUID big: Long data: JSON }
            enum Day { MONDAY SUNDAY }
            scalar DateTime
            scalar UUID
            scalar Long
            scalar JSON
            """, b => b
            .AddResolver("Query", "day", _ => DayOfWeek.Sunday)
            .AddResolver("Query", "when", _ => new DateTimeOffset(2024, 3, 1, 8, 30, 0, TimeSpan.Zero))
            .AddResolver("Query", "id", _ => Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"))
            .AddResolver("Query", "big", _ => 9007199254740993L)
            .AddResolver("Query", "data", _ => new Dictionary<string, object?> { ["a"] = new[] { 1, 2 }, ["b"] = null }));

        var json = await Run.Json(schema, "{ day when id big data }");

        Assert.Equal(
            Run.J("{'data':{'day':'SUNDAY','when':'2024-03-01T08:30:00.000Z','id':'6f9619ff-8b86-d011-b42d-00c04fc964ff','big':9007199254740993,'data':{'a':[1,2],'b':null}}}"),
            json);
    }
}
