using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Tests.Support;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Scalars;

namespace WorkflowHub.GraphQL.Tests.Types;

/// <summary>The schema model without SDL, as code-first building will use it.</summary>
public class CodeBuiltSchemaTests
{
    private sealed record Request(string Id, string Title, DateTimeOffset OpenedAt, RequestState State);

    private enum RequestState
    {
        Open,
        Escalated,
    }

    private static Schema CreateSchema()
    {
        var node = new InterfaceType("Node", "Has an id.").Field("id", new NonNullType(BuiltInScalars.ID));
        var state = new EnumType("RequestState").AddValue("OPEN", RequestState.Open).AddValue("ESCALATED", RequestState.Escalated);
        var dateTime = new DateTimeType();
        var request = new ObjectType("Request")
            .Field("id", new NonNullType(BuiltInScalars.ID))
            .Field("title", BuiltInScalars.String)
            .Field("openedAt", dateTime)
            .Field("state", state);
        request.AddInterface(node);
        var filter = new InputObjectType("RequestFilter", "Exactly one way to filter.") { IsOneOf = true }
            .AddField(new InputField("state", state))
            .AddField(new InputField("text", BuiltInScalars.String));
        var query = new ObjectType("Query").Field(
            "requests",
            new NonNullType(new ListType(new NonNullType(request))),
            field =>
            {
                field.AddArgument(new Argument("filter", filter));
                field.AddArgument(new Argument("first", BuiltInScalars.Int, defaultValue: new IntValueNode("10")));
                field.UseResolver(context =>
                {
                    IEnumerable<Request> all =
                    [
                        new Request("1", "Broken lamp", new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(8)), RequestState.Open),
                        new Request("2", "Noise", new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.Zero), RequestState.Escalated),
                    ];
                    return all.Take(context.ArgumentValue<int>("first")).ToList();
                });
            });
        return Schema.Create(new SchemaConfiguration { Query = query, Types = [node] });
    }

    [Fact]
    public void Should_print_a_code_built_schema_in_type_map_order()
    {
        Assert.Equal(
            """"
            """Has an id."""
            interface Node {
              id: ID!
            }

            type Query {
              requests(filter: RequestFilter, first: Int = 10): [Request!]!
            }

            type Request implements Node {
              id: ID!
              title: String
              openedAt: DateTime
              state: RequestState
            }

            """
            A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            enum RequestState {
              OPEN
              ESCALATED
            }

            """Exactly one way to filter."""
            input RequestFilter @oneOf {
              state: RequestState
              text: String
            }
            """",
            CreateSchema().ToString());
    }

    [Fact]
    public void Should_execute_against_clr_objects_with_default_resolvers()
    {
        var result = MiniExecutor.Execute(CreateSchema(), "{ requests(first: 1) { __typename id title openedAt state } }");
        var request = Assert.Single(Assert.IsType<List<object?>>(result["requests"]));
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["__typename"] = "Request", ["id"] = "1", ["title"] = "Broken lamp", ["openedAt"] = "2024-05-01T00:00:00.000Z", ["state"] = "OPEN",
            },
            request);
    }

    [Fact]
    public void Should_know_possible_types_of_code_built_interfaces()
    {
        var schema = CreateSchema();
        var node = (InterfaceType)schema.GetType("Node")!;
        Assert.Equal("Request", Assert.Single(schema.GetPossibleTypes(node)).Name);
        Assert.Equal("Request", node.ResolveType!(new ResolverContext { Schema = schema }, new Request("1", "", default, RequestState.Open))!.Name);
    }
}
