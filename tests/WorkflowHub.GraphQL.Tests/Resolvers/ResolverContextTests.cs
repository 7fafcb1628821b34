using System.Text.Json;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Resolvers;

public class ResolverContextTests
{
    private enum Level
    {
        Grid,
        StreetOffice,
    }

    [Fact]
    public void Should_convert_arguments_to_the_requested_clr_type()
    {
        var context = new ResolverContext
        {
            Arguments = new Dictionary<string, object?> { ["i"] = 5, ["d"] = 2.5, ["e"] = "STREET_OFFICE", ["n"] = null, ["g"] = "6f9619ff-8b86-d011-b42d-00c04fc964ff" },
        };
        Assert.Equal(5L, context.ArgumentValue<long>("i"));
        Assert.Equal(2.5m, context.ArgumentValue<decimal>("d"));
        Assert.Equal(Level.StreetOffice, context.ArgumentValue<Level>("e"));
        Assert.Null(context.ArgumentValue<string>("n"));
        Assert.Equal(0, context.ArgumentValue<int>("absent"));
        Assert.Equal(5, context.ArgumentValue<int?>("i"));
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), context.ArgumentValue<Guid>("g"));
        Assert.True(context.HasArgument("n"));
        Assert.False(context.HasArgument("absent"));
    }

    [Fact]
    public void Should_give_parent_and_services()
    {
        var context = new ResolverContext { ParentValue = "parent", Services = new SingleService("svc") };
        Assert.Equal("parent", context.Parent<string>());
        Assert.Equal("svc", context.Service<string>());
        Assert.Throws<InvalidOperationException>(() => new ResolverContext().Service<string>());
    }

    [Fact]
    public void Should_build_response_paths()
    {
        var path = ResponsePath.Root("users").Append(2).Append("name");
        Assert.Equal(["users", 2, "name"], path.ToList());
        Assert.Equal("users[2].name", path.ToString());
        Assert.Equal(3, path.Depth);
        Assert.True(path.Parent!.IsIndex);
    }

    private sealed record Task(string Id);

    private sealed record Member(string Id);

    [Fact]
    public void Should_resolve_abstract_types_by_is_of_type_then_clr_type_name()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("union Item = Task | Member | Other type Task { id: ID } type Member { id: ID } type Other { id: ID } type Query { i: Item }")
            .AddIsOfType("Other", (_, value) => value is string)
            .Create();
        var item = (UnionType)schema.GetType("Item")!;
        var context = new ResolverContext { Schema = schema };
        Assert.Equal("Task", item.ResolveType!(context, new Task("1"))!.Name);
        Assert.Equal("Member", item.ResolveType!(context, new Member("1"))!.Name);
        Assert.Equal("Other", item.ResolveType!(context, "x")!.Name);
        Assert.Null(item.ResolveType!(context, 42));
        Assert.Equal("Member", item.ResolveType!(context, JsonDocument.Parse("{\"__typename\":\"Member\"}").RootElement)!.Name);
    }

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
