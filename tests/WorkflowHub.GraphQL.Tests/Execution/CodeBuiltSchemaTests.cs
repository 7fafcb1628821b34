using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class CodeBuiltSchemaTests
{
    private sealed record Instance(Guid Id, string Name, InstanceStatus Status, IReadOnlyList<string> Tags);

    private enum InstanceStatus
    {
        Running,
        WaitingForInput,
    }

    [Fact]
    public async Task Should_execute_a_schema_built_with_the_types_api_over_clr_objects()
    {
        var status = new EnumType("InstanceStatus").AddValue("RUNNING", InstanceStatus.Running).AddValue("WAITING_FOR_INPUT", InstanceStatus.WaitingForInput);
        var instance = new ObjectType("Instance")
            .Field("id", new NonNullType(BuiltInScalars.ID))
            .Field("name", BuiltInScalars.String)
            .Field("status", new NonNullType(status))
            .Field("tags", new ListType(new NonNullType(BuiltInScalars.String)));
        var instances = new[]
        {
            new Instance(Guid.Parse("00000000-0000-0000-0000-000000000001"), "first", InstanceStatus.Running, ["a"]),
            new Instance(Guid.Parse("00000000-0000-0000-0000-000000000002"), "second", InstanceStatus.WaitingForInput, []),
        };
        var query = new ObjectType("Query").Field("instances", new ListType(instance), f => f
            .AddArgument(new Argument("status", status))
            .UseResolver(c => c.HasArgument("status")
                ? instances.Where(i => Equals(i.Status, c.Arguments["status"])).ToArray()
                : instances));
        var schema = Schema.Create(new SchemaConfiguration { Query = query });

        var json = await Run.Json(schema, "{ all: instances { id name status tags } waiting: instances(status: WAITING_FOR_INPUT) { name } }");

        Assert.Equal(
            Run.J("{'data':{'all':[{'id':'00000000-0000-0000-0000-000000000001','name':'first','status':'RUNNING','tags':['a']}," +
                  "{'id':'00000000-0000-0000-0000-000000000002','name':'second','status':'WAITING_FOR_INPUT','tags':[]}]," +
                  "'waiting':[{'name':'second'}]}}"),
            json);
    }

    [Fact]
    public async Task Should_locate_errors_of_fields_built_in_code_from_the_request_document()
    {
        var query = new ObjectType("Query").Field("fail", BuiltInScalars.String, f => f.UseResolver(_ => throw new GraphQLException("no")));
        var schema = Schema.Create(new SchemaConfiguration { Query = query });

        var result = await Run.Execute(schema, "{\n  fail\n}");

        Assert.Equal([new SourceLocation(2, 3)], Assert.Single(result.Errors!).Locations);
    }
}
