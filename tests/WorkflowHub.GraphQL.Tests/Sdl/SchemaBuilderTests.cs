using System.Text.Json;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Scalars;

namespace WorkflowHub.GraphQL.Tests.Sdl;

public class SchemaBuilderTests
{
    private static Schema Build(string sdl) => SchemaBuilder.New().AddDocumentFromString(sdl).Create();

    private static IReadOnlyList<string> Errors(string sdl) =>
        Assert.Throws<SchemaValidationException>(() => Build(sdl)).Errors.Select(e => e.Message).ToList();

    [Fact]
    public void Should_order_the_type_map_exactly_like_graphql_js()
    {
        var schema = Build("type Query { b: B a: String } type B { id: ID } enum E { X }");
        Assert.Equal(
            ["Query", "String", "B", "ID", "E", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void Should_apply_extensions_in_document_order()
    {
        var schema = Build("""
            type Query { a: Int }
            extend type Query implements Node { id: ID! }
            interface Node { id: ID! }
            extend type Query { b: Int }
            enum E { A } extend enum E { B }
            union U = Query extend union U = Other type Other { x: Int }
            input I { a: Int } extend input I @oneOf { b: Int }
            """);
        Assert.Equal(["a", "id", "b"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal("Node", Assert.Single(schema.QueryType.Interfaces).Name);
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["Query", "Other"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.True(((InputObjectType)schema.GetType("I")!).IsOneOf);
    }

    [Fact]
    public void Should_read_root_types_from_schema_definition_and_extension()
    {
        var schema = Build("schema { query: Q } extend schema { mutation: M } type Q { a: Int } type M { b: Int } type Subscription { c: Int }");
        Assert.Equal(("Q", "M"), (schema.QueryType!.Name, schema.MutationType!.Name));
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Should_read_deprecation_specified_by_and_one_of()
    {
        var schema = Build("""
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            type Query { old: Int @deprecated new(x: Int @deprecated(reason: "gone")): Int }
            input I @oneOf { a: Int @deprecated b: Int }
            enum E { A @deprecated(reason: "use B") B }
            """);
        Assert.Equal("https://url.spec.whatwg.org/", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
        Assert.Equal("No longer supported", schema.QueryType!.Fields["old"].DeprecationReason);
        Assert.Equal("gone", schema.QueryType.Fields["new"].Arguments["x"].DeprecationReason);
        var input = (InputObjectType)schema.GetType("I")!;
        Assert.True(input.IsOneOf);
        Assert.True(input.Fields["a"].IsDeprecated);
        Assert.Equal("use B", ((EnumType)schema.GetType("E")!).Values["A"].DeprecationReason);
    }

    [Fact]
    public void Should_keep_directive_definitions_and_add_missing_built_ins()
    {
        var schema = Build("directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT type Query { a: Int @tag(name: \"x\") @tag(name: \"y\") }");
        Assert.Equal(["tag", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        var tag = schema.GetDirective("tag")!;
        Assert.True(tag.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], tag.Locations);
    }

    [Fact]
    public void Should_bind_extra_scalars_when_declared()
    {
        var schema = Build("scalar DateTime scalar Long type Query { at: DateTime n: Long }");
        Assert.IsType<DateTimeType>(schema.GetType("DateTime"));
        Assert.IsType<LongType>(schema.GetType("Long"));
        Assert.Null(((ScalarType)schema.GetType("DateTime")!).Description);
        Assert.Null(((ScalarType)schema.GetType("DateTime")!).SpecifiedByUrl);
        Assert.Contains("Unknown type \"UUID\". Did you mean \"ID\"?", Errors("type Query { id: UUID }"));
    }

    [Fact]
    public void Should_use_registered_scalars_and_pass_through_unknown_ones()
    {
        var money = ScalarType.Create("Money", v => v is decimal d ? d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : throw new CoercionException("bad"));
        var schema = SchemaBuilder.New().AddDocumentFromString("scalar Money scalar Opaque type Query { m: Money o: Opaque }").AddScalar(money).Create();
        Assert.Same(money, schema.GetType("Money"));
        Assert.Equal("1.50", money.Serialize(1.5m));
        var opaque = Assert.IsType<AnyScalarType>(schema.GetType("Opaque"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1 }, opaque.ParseLiteral(Parser.ParseValue("{a: 1}")));
    }

    [Fact]
    public void Should_bind_sync_and_async_resolvers_and_default_the_rest()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { sync: String async: String plain: String }")
            .AddResolver("Query", "sync", _ => "s")
            .AddResolver("Query", "async", async _ =>
            {
                await Task.Yield();
                return "a";
            })
            .Create();
        var fields = schema.QueryType!.Fields;
        Assert.NotNull(fields["sync"].SyncResolver);
        Assert.Null(fields["async"].SyncResolver);
        Assert.NotNull(fields["async"].Resolver);
        Assert.Same(DefaultFieldResolver.Instance, fields["plain"].SyncResolver);
    }

    [Fact]
    public async Task Should_run_bound_resolvers_with_the_context()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { greet(name: String = \"you\"): String }")
            .AddResolver("Query", "greet", async ctx =>
            {
                await Task.Yield();
                return "hi " + ctx.ArgumentValue<string>("name");
            })
            .Create();
        var field = schema.QueryType!.Fields["greet"];
        var context = new ResolverContext
        {
            Schema = schema,
            ObjectType = schema.QueryType,
            Field = field,
            Arguments = new Dictionary<string, object?> { ["name"] = "Ann" },
            Path = ResponsePath.Root("greet"),
        };
        Assert.Equal("hi Ann", await field.Resolver!(context));
    }

    [Fact]
    public void Should_resolve_abstract_types_by_name_through_a_type_resolver()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("interface Node { id: ID } type A implements Node { id: ID } type B implements Node { id: ID } type Query { n: Node }")
            .AddTypeResolver("Node", (_, value) => value is int ? "B" : "A")
            .Create();
        var node = (InterfaceType)schema.GetType("Node")!;
        var context = new ResolverContext { Schema = schema };
        Assert.Equal("B", node.ResolveType!(context, 5)!.Name);
        Assert.Equal("A", node.ResolveType!(context, "x")!.Name);
    }

    [Fact]
    public void Should_resolve_abstract_types_by_typename_by_default()
    {
        var schema = Build("union U = A | B type A { a: Int } type B { b: Int } type Query { u: U }");
        var union = (UnionType)schema.GetType("U")!;
        var context = new ResolverContext { Schema = schema };
        Assert.Equal("B", union.ResolveType!(context, new Dictionary<string, object?> { ["__typename"] = "B" })!.Name);
        Assert.Equal("A", union.ResolveType!(context, JsonDocument.Parse("{\"__typename\":\"A\"}").RootElement)!.Name);
    }

    private enum Stage
    {
        InProgress,
        Done,
    }

    [Fact]
    public void Should_bind_enum_values_to_a_clr_enum()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("enum Stage { IN_PROGRESS DONE } type Query { s: Stage }").BindEnum<Stage>().Create();
        var stage = (EnumType)schema.GetType("Stage")!;
        Assert.Equal(Stage.InProgress, stage.ParseLiteral(new EnumValueNode("IN_PROGRESS")));
        Assert.Equal("DONE", stage.Serialize(Stage.Done));
    }

    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Unknown }", "Unknown type \"Unknown\".")]
    [InlineData("type Query { a: Strin }", "Unknown type \"Strin\". Did you mean \"String\"?")]
    [InlineData("type Query { a: Int a: Int }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int } extend enum Query { B }", "Cannot extend non-enum type \"Query\".")]
    [InlineData("type Query { a: I } input I { x: Int }", "The type of Query.a must be Output Type but got: I.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a: Int } input I { x: Query }", "The type of I.x must be Input Type but got: Query.")]
    [InlineData("type Query { a: Int } union U = Query | I interface I { a: Int }", "Union type U can only include Object types, it cannot include I.")]
    [InlineData("type Query implements Other { a: Int } type Other { a: Int }", "Type Query must only implement Interface types, it cannot implement Other.")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\".")]
    [InlineData("scalar S @specifiedBy type Query { a: S }", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.")]
    [InlineData("directive @d on FIELD directive @d on FIELD type Query { a: Int }", "There can be only one directive named \"@d\".")]
    [InlineData("schema { query: Q query: Q } type Q { a: Int }", "There can be only one query type in schema.")]
    [InlineData("schema { query: I } input I { a: Int }", "Query root type must be Object type, it cannot be I.")]
    [InlineData("type Query { a: Int } query ($v: Nope) { a }", "Unknown type \"Nope\".")]
    [InlineData("type Query { a: Int } { a @deprecated }", "Directive \"@deprecated\" may not be used on FIELD.")]
    [InlineData("type Query { a: Int } type Query { a: Nope }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } enum E { A } enum E @unknown { A }", "Unknown directive \"@unknown\".")]
    public void Should_report_sdl_errors_like_graphql_js(string sdl, string expected)
    {
        Assert.Contains(expected, Errors(sdl));
    }

    [Fact]
    public void Should_report_every_problem_at_once()
    {
        Assert.Equal(2, Errors("type Query { a: Nope b: Nada }").Count);
    }

    [Fact]
    public void Should_report_bindings_to_missing_fields()
    {
        var error = Assert.Throws<SchemaValidationException>(() =>
            SchemaBuilder.New().AddDocumentFromString("type Query { a: Int }").AddResolver("Query", "b", _ => 1).Create());
        Assert.Equal("Cannot bind a resolver to \"Query.b\": type Query has no field \"b\".", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Should_report_locations_of_sdl_errors()
    {
        var error = Assert.Throws<SchemaValidationException>(() => Build("type Query {\n  a: Nope\n}"));
        Assert.Equal(new Location(18, 22, 2, 6), Assert.Single(Assert.Single(error.Errors).Locations));
    }

    [Fact]
    public void Should_throw_syntax_errors_when_adding_a_document()
    {
        Assert.Throws<GraphQLSyntaxException>(() => SchemaBuilder.New().AddDocumentFromString("type Query {"));
    }

    [Fact]
    public void Should_combine_several_documents()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("schema { query: Root } type Root { a: Int }")
            .AddDocumentFromString("extend type Root { b: Thing } type Thing { id: ID }")
            .AddDocument(Parser.Parse("extend schema { mutation: Root }"))
            .Create();
        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Same(schema.QueryType, schema.MutationType);
    }
}
