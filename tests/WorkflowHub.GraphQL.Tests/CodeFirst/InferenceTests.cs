using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

public sealed class InferenceTests
{
    public enum HttpErrorKind { NotFound, HTTPTimeout, Retry2Later }

    public sealed class Sample
    {
        public string Name { get; set; } = "";
        public string? Nickname { get; set; }
        public int Count { get; set; }
        public int? Limit { get; set; }
        public long Total { get; set; }
        public double Ratio { get; set; }
        public decimal Price { get; set; }
        public bool Enabled { get; set; }
        public Guid Id { get; set; }
        public DateTimeOffset At { get; set; }
        public DateTime? LocalAt { get; set; }
        public JsonElement Payload { get; set; }
        public JsonNode? Node { get; set; }
        public List<string?> Labels { get; set; } = [];
        public string[]? Aliases { get; set; }
        public IEnumerable<IReadOnlyList<int>> Matrix { get; set; } = [];
        public HttpErrorKind Kind { get; set; }
        public Dictionary<string, object?> Extra { get; set; } = [];
        public string URLValue { get; set; } = "";

        [GraphQLNonNullType]
        public string? Forced { get; set; }

        [GraphQLType<NonNullType<ListType<NonNullType<GraphQL.Types.Scalars.IdType>>>>]
        public IEnumerable<string> Keys { get; set; } = [];

        [ID]
        public Guid? Ref { get; set; }

        [GraphQLIgnore]
        public string Hidden { get; set; } = "";

        public Task<string> LoadAsync() => Task.FromResult("x");

        public ValueTask<int?> GetScoreAsync() => new((int?)null);

        public Sample? Self() => null;

        [Obsolete("Use name.")]
        public string Title => Name;
    }

    private static OutputField Field(string name)
    {
        var schema = SchemaBuilder.New().AddQueryType<Sample>().Create();
        return schema.QueryType!.Fields[name];
    }

    [Theory]
    [InlineData("name", "String!")]
    [InlineData("nickname", "String")]
    [InlineData("count", "Int!")]
    [InlineData("limit", "Int")]
    [InlineData("total", "Long!")]
    [InlineData("ratio", "Float!")]
    [InlineData("price", "Float!")]
    [InlineData("enabled", "Boolean!")]
    [InlineData("id", "UUID!")]
    [InlineData("at", "DateTime!")]
    [InlineData("localAt", "DateTime")]
    [InlineData("payload", "JSON!")]
    [InlineData("node", "JSON")]
    [InlineData("labels", "[String]!")]
    [InlineData("aliases", "[String!]")]
    [InlineData("matrix", "[[Int!]!]!")]
    [InlineData("kind", "HttpErrorKind!")]
    [InlineData("extra", "JSON!")]
    [InlineData("urlValue", "String!")]
    [InlineData("forced", "String!")]
    [InlineData("keys", "[ID!]!")]
    [InlineData("ref", "ID")]
    [InlineData("load", "String!")]
    [InlineData("score", "Int")]
    [InlineData("self", "Query")]
    public void Should_infer_field_names_and_types_from_csharp_declarations(string field, string type)
    {
        Assert.Equal(type, Field(field).Type.ToString());
    }

    [Fact]
    public void Should_leave_out_ignored_members_and_object_methods()
    {
        var schema = SchemaBuilder.New().AddQueryType<Sample>().Create();

        var names = schema.QueryType!.Fields.Select(f => f.Name).ToList();
        Assert.DoesNotContain("hidden", names);
        Assert.DoesNotContain("toString", names);
        Assert.DoesNotContain("getHashCode", names);
        Assert.DoesNotContain("equals", names);
    }

    [Fact]
    public void Should_deprecate_obsolete_members_with_their_message()
    {
        Assert.Equal("Use name.", Field("title").DeprecationReason);
    }

    [Fact]
    public void Should_name_enum_values_in_screaming_snake_case()
    {
        var schema = SchemaBuilder.New().AddQueryType<Sample>().Create();

        var kind = (EnumType)schema.GetType("HttpErrorKind")!;
        Assert.Equal(["NOT_FOUND", "HTTP_TIMEOUT", "RETRY2_LATER"], kind.Values.Select(v => v.Name));
        Assert.Equal("HTTP_TIMEOUT", kind.Serialize(HttpErrorKind.HTTPTimeout));
        Assert.Equal(HttpErrorKind.NotFound, kind.ParseValue("NOT_FOUND"));
    }

    [Theory]
    [InlineData("GetOpenTasksAsync", "openTasks")]
    [InlineData("ID", "id")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("Getter", "getter")]
    public void Should_camel_case_member_names_as_hotchocolate_does(string member, string expected)
    {
        var method = typeof(NamingSubject).GetMember(member)[0];

        Assert.Equal(expected, Naming.MemberName(method));
    }

    public sealed class NamingSubject
    {
        public string ID => "";
        public string URLValue => "";
        public string Getter() => "";
        public Task<int> GetOpenTasksAsync() => Task.FromResult(1);
    }

}
