using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class NullPropagationTests
{
    private static readonly Schema Schema = Run.Sdl("""
        type Query { a: A nonNullA: A! items: [Item!] looseItems: [Item] count: Int }
        type A { ok: String nullable: String required: String! b: B! after: String }
        type B { required: String! }
        type Item { id: Int! }
        """, b => b
        .AddResolver("A", "nullable", _ => throw new GraphQLException("nullable failed"))
        .AddResolver("A", "after", _ => throw new InvalidOperationException("never reached")));

    private static readonly Dictionary<string, object?> Root = new()
    {
        ["a"] = new Dictionary<string, object?> { ["ok"] = "yes", ["b"] = new Dictionary<string, object?>() },
        ["nonNullA"] = new Dictionary<string, object?> { ["ok"] = "yes" },
        ["items"] = new object?[] { new Dictionary<string, object?> { ["id"] = 1 }, new Dictionary<string, object?>(), new Dictionary<string, object?> { ["id"] = 3 } },
        ["looseItems"] = new object?[] { new Dictionary<string, object?> { ["id"] = 1 }, new Dictionary<string, object?>() },
        ["count"] = 5,
    };

    [Fact]
    public async Task Should_null_a_nullable_field_that_fails_and_keep_its_siblings()
    {
        Assert.Equal(
            Run.J("{'errors':[{'message':'nullable failed','locations':[{'line':1,'column':10}],'path':['a','nullable']}],'data':{'a':{'ok':'yes','nullable':null}}}"),
            await Run.Json(Schema, "{ a { ok nullable } }", root: Root));
    }

    [Fact]
    public async Task Should_null_the_nearest_nullable_parent_when_a_non_null_field_is_null()
    {
        Assert.Equal(
            Run.J("{'errors':[{'message':'Cannot return null for non-nullable field B.required.','locations':[{'line':1,'column':11}],'path':['a','b','required']}],'data':{'a':null,'count':5}}"),
            await Run.Json(Schema, "{ a { b { required } } count }", root: Root));
    }

    [Fact]
    public async Task Should_null_data_when_the_null_reaches_a_non_null_root_field()
    {
        var result = await Run.Execute(Schema, "{ count nonNullA { required } }", root: Root);

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(["nonNullA", "required"], Assert.Single(result.Errors!).Path!);
    }

    [Fact]
    public async Task Should_null_the_whole_list_when_an_item_of_a_non_null_item_type_is_null()
    {
        Assert.Equal(
            Run.J("{'errors':[{'message':'Cannot return null for non-nullable field Item.id.','locations':[{'line':1,'column':11}],'path':['items',1,'id']}],'data':{'items':null}}"),
            await Run.Json(Schema, "{ items { id } }", root: Root));
    }

    [Fact]
    public async Task Should_null_only_the_item_when_the_item_type_is_nullable()
    {
        Assert.Equal(
            Run.J("{'errors':[{'message':'Cannot return null for non-nullable field Item.id.','locations':[{'line':1,'column':16}],'path':['looseItems',1,'id']}],'data':{'looseItems':[{'id':1},null]}}"),
            await Run.Json(Schema, "{ looseItems { id } }", root: Root));
    }

    [Fact]
    public async Task Should_stop_resolving_the_siblings_of_a_field_whose_object_was_nulled()
    {
        var result = await Run.Execute(Schema, "{ a { nullable required after } }", root: Root);

        Assert.Equal(["nullable failed", "Cannot return null for non-nullable field A.required."], result.Errors!.Select(e => e.Message));
        Assert.Null(result.Data!["a"]);
    }

    [Fact]
    public async Task Should_report_one_error_per_location_of_merged_fields()
    {
        var result = await Run.Execute(Schema, "{ a { nullable nullable } }", root: Root);

        var error = Assert.Single(result.Errors!);
        Assert.Equal([new SourceLocation(1, 7), new SourceLocation(1, 16)], error.Locations);
    }

    [Fact]
    public async Task Should_propagate_nulls_from_asynchronous_resolvers_the_same_way()
    {
        var schema = Run.Sdl("type Query { a: A other: Int } type A { x: Int! y: Int }", b => b
            .AddResolver("Query", "a", async _ => { await Task.Yield(); return (object?)new object(); })
            .AddResolver("Query", "other", async _ => { await Task.Delay(5); return (object?)1; })
            .AddResolver("A", "x", async _ => { await Task.Delay(1); return (object?)null; })
            .AddResolver("A", "y", async _ => { await Task.Delay(20); return (object?)2; }));

        Assert.Equal(
            Run.J("{'errors':[{'message':'Cannot return null for non-nullable field A.x.','locations':[{'line':1,'column':7}],'path':['a','x']}],'data':{'a':null,'other':1}}"),
            await Run.Json(schema, "{ a { x y } other }"));
    }
}
