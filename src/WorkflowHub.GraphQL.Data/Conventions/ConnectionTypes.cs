using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data.Paging;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data;

/// <summary>HotChocolate's connection types: <c>XConnection</c>, <c>XEdge</c> and the shared <c>PageInfo</c>, with its descriptions.</summary>
internal static class ConnectionTypes
{
    public static ObjectType Connection<T>(ICodeFirstTypes types, string name, IOutputType node, bool includeTotalCount)
    {
        var pageInfo = PageInfo(types);
        var edge = types.GetOrAdd(name + "Edge", () =>
        {
            var type = new ObjectType(name + "Edge", "An edge in a connection.");
            type.Field("cursor", new NonNullType(types.Scalar("String")), f => f.UseResolver(c => ((Edge<T>)c.ParentValue!).Cursor).Description = "A cursor for use in pagination.");
            type.Field("node", new NonNullType(node), f => f.UseResolver(c => ((Edge<T>)c.ParentValue!).Node).Description = "The item at the end of the edge.");
            return type;
        });
        return types.GetOrAdd(name + "Connection", () =>
        {
            var type = new ObjectType(name + "Connection", "A connection to a list of items.");
            type.Field("pageInfo", new NonNullType(pageInfo), f => f.UseResolver(c => ((Connection<T>)c.ParentValue!).PageInfo).Description = "Information to aid in pagination.");
            type.Field("edges", new ListType(new NonNullType(edge)), f => f.UseResolver(c => ((Connection<T>)c.ParentValue!).Edges).Description = "A list of edges.");
            type.Field("nodes", new ListType(new NonNullType(node)), f => f.UseResolver(c => ((Connection<T>)c.ParentValue!).Nodes).Description = "A flattened list of the nodes.");
            if (includeTotalCount)
            {
                type.Field("totalCount", new NonNullType(types.Scalar("Int")), f => f.UseResolver(TotalCount<T>).Description = "Identifies the total count of items in the connection.");
            }

            return type;
        });
    }

    private static async ValueTask<object?> TotalCount<T>(Resolvers.IResolverContext context) =>
        await ((Connection<T>)context.ParentValue!).GetTotalCountAsync(context.RequestAborted).ConfigureAwait(false);

    private static ObjectType PageInfo(ICodeFirstTypes types) => types.GetOrAdd("PageInfo", () =>
    {
        var type = new ObjectType("PageInfo", "Information about pagination in a connection.");
        var boolean = new NonNullType(types.Scalar("Boolean"));
        var text = types.Scalar("String");
        type.Field("hasNextPage", boolean, f => f.UseResolver(c => ((PageInfo)c.ParentValue!).HasNextPage).Description =
            "Indicates whether more edges exist following the set defined by the clients arguments.");
        type.Field("hasPreviousPage", boolean, f => f.UseResolver(c => ((PageInfo)c.ParentValue!).HasPreviousPage).Description =
            "Indicates whether more edges exist prior the set defined by the clients arguments.");
        type.Field("startCursor", text, f => f.UseResolver(c => ((PageInfo)c.ParentValue!).StartCursor).Description = "When paginating backwards, the cursor to continue.");
        type.Field("endCursor", text, f => f.UseResolver(c => ((PageInfo)c.ParentValue!).EndCursor).Description = "When paginating forwards, the cursor to continue.");
        return type;
    });
}
