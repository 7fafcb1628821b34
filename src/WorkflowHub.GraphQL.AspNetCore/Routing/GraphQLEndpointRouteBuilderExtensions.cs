using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.GraphQL.AspNetCore.GraphiQL;
using WorkflowHub.GraphQL.AspNetCore.Http;

namespace WorkflowHub.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="path"/>: GraphQL over HTTP (GET and POST),
    /// <c>?sdl</c>, GraphiQL for browsers, Server-Sent Events (also at <c>&lt;path&gt;/stream</c>) and
    /// the <c>graphql-transport-ws</c> WebSocket protocol (call <c>app.UseWebSockets()</c> first).
    /// Returns a builder for conventions such as <c>RequireAuthorization()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var trimmed = "/" + path.Trim('/');
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var page = endpoints.ServiceProvider.GetRequiredService<GraphiQLPage>();

        var group = endpoints.MapGroup(trimmed);
        group.Map("", handler.HandleAsync).WithDisplayName("GraphQL " + trimmed);
        group.Map("/stream", handler.HandleAsync).WithDisplayName("GraphQL SSE " + trimmed);
        group.MapGet("/" + GraphiQLPage.AssetsFolder + "/{file}", (HttpContext context, string file) => page.WriteAssetAsync(context, file))
            .WithDisplayName("GraphiQL assets " + trimmed);
        return group;
    }
}
