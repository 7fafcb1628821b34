using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Types;

public class TypeRelationsTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddDocumentFromString("""
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        type Page implements Resource & Node { id: ID! url: String }
        type User implements Node { id: ID! }
        type Tag { name: String }
        union Content = Page | Tag
        input Filter { q: String }
        enum Sort { ASC DESC }
        type Query { node: Node content: Content }
        """).Create();

    private static T Get<T>(string name) where T : INamedType => (T)Schema.GetType(name)!;

    [Fact]
    public void Should_list_possible_types_and_implementations()
    {
        Assert.Equal(["Page", "User"], Schema.GetPossibleTypes(Get<InterfaceType>("Node")).Select(t => t.Name));
        Assert.Equal(["Page", "Tag"], Schema.GetPossibleTypes(Get<UnionType>("Content")).Select(t => t.Name));
        var (objects, interfaces) = Schema.GetImplementations(Get<InterfaceType>("Node"));
        Assert.Equal(["Page", "User"], objects.Select(t => t.Name));
        Assert.Equal(["Resource"], interfaces.Select(t => t.Name));
    }

    [Fact]
    public void Should_tell_sub_types_of_abstract_types()
    {
        Assert.True(Schema.IsSubType(Get<InterfaceType>("Node"), Get<InterfaceType>("Resource")));
        Assert.True(Schema.IsSubType(Get<InterfaceType>("Node"), Get<ObjectType>("User")));
        Assert.False(Schema.IsSubType(Get<InterfaceType>("Resource"), Get<ObjectType>("User")));
        Assert.True(Schema.IsSubType(Get<UnionType>("Content"), Get<ObjectType>("Tag")));
    }

    [Fact]
    public void Should_compare_wrapped_types_for_sub_typing()
    {
        var page = Get<ObjectType>("Page");
        var node = Get<InterfaceType>("Node");
        Assert.True(Schema.IsTypeSubTypeOf(new NonNullType(page), node));
        Assert.True(Schema.IsTypeSubTypeOf(new ListType(new NonNullType(page)), new ListType(node)));
        Assert.False(Schema.IsTypeSubTypeOf(page, new NonNullType(node)));
        Assert.False(Schema.IsTypeSubTypeOf(new ListType(page), node));
        Assert.False(Schema.IsTypeSubTypeOf(page, new ListType(node)));
        Assert.True(Schema.IsTypeSubTypeOf(BuiltInScalars.Int, BuiltInScalars.Int));
        Assert.False(Schema.IsTypeSubTypeOf(BuiltInScalars.Int, BuiltInScalars.Float));
    }

    [Fact]
    public void Should_tell_whether_types_overlap()
    {
        Assert.True(Schema.DoTypesOverlap(Get<InterfaceType>("Node"), Get<UnionType>("Content")));
        Assert.False(Schema.DoTypesOverlap(Get<ObjectType>("User"), Get<UnionType>("Content")));
        Assert.True(Schema.DoTypesOverlap(Get<ObjectType>("Tag"), Get<UnionType>("Content")));
        Assert.False(Schema.DoTypesOverlap(Get<ObjectType>("Tag"), Get<ObjectType>("User")));
    }

    [Fact]
    public void Should_classify_types()
    {
        Assert.True(new ListType(Get<InputObjectType>("Filter")).IsInputType());
        Assert.False(Get<ObjectType>("Tag").IsInputType());
        Assert.True(new NonNullType(Get<EnumType>("Sort")).IsOutputType());
        Assert.True(Get<EnumType>("Sort").IsLeafType());
        Assert.True(Get<UnionType>("Content").IsAbstractType());
        Assert.True(Get<ObjectType>("Tag").IsCompositeType());
        Assert.Equal("Page", new NonNullType(new ListType(Get<ObjectType>("Page"))).NamedType().Name);
        Assert.Equal("[Page]!", new NonNullType(new ListType(Get<ObjectType>("Page"))).ToString());
        Assert.True(new ListType(BuiltInScalars.Int).IsEqualType(new ListType(BuiltInScalars.Int)));
        Assert.False(new ListType(BuiltInScalars.Int).IsEqualType(new NonNullType(BuiltInScalars.Int)));
        Assert.Equal(new NonNullType(BuiltInScalars.Int), new NonNullType(BuiltInScalars.Int));
        Assert.Throws<ArgumentException>(() => new NonNullType(new NonNullType(BuiltInScalars.Int)));
    }

    [Fact]
    public void Should_find_field_definitions_including_meta_fields()
    {
        Assert.Same(Schema.QueryType!.Fields["node"], Schema.GetFieldDefinition(Schema.QueryType, "node"));
        Assert.Same(WorkflowHub.GraphQL.Types.Introspection.IntrospectionTypes.SchemaField, Schema.GetFieldDefinition(Schema.QueryType, "__schema"));
        Assert.Null(Schema.GetFieldDefinition(Get<ObjectType>("Page"), "__schema"));
        Assert.Same(WorkflowHub.GraphQL.Types.Introspection.IntrospectionTypes.TypeNameField, Schema.GetFieldDefinition(Get<UnionType>("Content"), "__typename"));
        Assert.Equal("url", Schema.GetFieldDefinition(Get<InterfaceType>("Resource"), "url")!.Name);
        Assert.Null(Schema.GetFieldDefinition(Get<UnionType>("Content"), "url"));
        Assert.Null(Schema.GetFieldDefinition(Get<EnumType>("Sort"), "__typename"));
    }

    [Fact]
    public void Should_expose_roots_types_and_directives_by_name()
    {
        Assert.Same(Schema.QueryType, Schema.GetRootType(WorkflowHub.GraphQL.Language.OperationType.Query));
        Assert.Null(Schema.GetRootType(WorkflowHub.GraphQL.Language.OperationType.Mutation));
        Assert.True(Schema.TryGetType<EnumType>("Sort", out var sort));
        Assert.Equal(2, sort.Values.Count);
        Assert.False(Schema.TryGetType<ObjectType>("Sort", out _));
        Assert.NotNull(Schema.GetDirective("skip"));
        Assert.Null(Schema.GetType("Nope"));
    }
}
