using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace WorkflowHub.Studio;

public static class StudioEndpoints
{
    public const string DefaultPath = "/studio";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// Serves the studio at <paramref name="path"/>: its assets below <c>assets/</c>, and its page for every other path
    /// under it, since the studio routes on the client (<c>/studio/instances/…</c> reloads into the same page).
    /// </summary>
    public static IEndpointRouteBuilder MapStudio(this IEndpointRouteBuilder endpoints, string path = DefaultPath, string graphqlPath = "/graphql")
    {
        var bundle = new StudioBundle();
        // Routing ignores a trailing slash, so one endpoint sees both: relative asset URLs need the slash.
        endpoints.MapGet(path, (HttpContext context) => context.Request.Path.Value!.EndsWith('/')
            ? WritePage(context, bundle, path, graphqlPath)
            : Results.Redirect(context.Request.PathBase + path + "/"));
        endpoints.MapGet(path + "/assets/{file}", (string file) =>
            bundle.Asset(file) is { } bytes
                ? Results.Bytes(bytes, ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream")
                : Results.NotFound());
        endpoints.MapGet(path + "/{**route}", (HttpContext context) => WritePage(context, bundle, path, graphqlPath));
        return endpoints;
    }

    private static IResult WritePage(HttpContext context, StudioBundle bundle, string path, string graphqlPath)
    {
        context.Response.Headers.CacheControl = "no-cache";
        if (bundle.Index is not { } index)
            return Results.Content("<!doctype html><title>Studio</title><p>The studio was not bundled into this build (SkipStudioBuild). " +
                "Build without it to get the studio; the GraphQL endpoint works.</p>", "text/html; charset=utf-8");

        var pathBase = context.Request.PathBase.Value ?? "";
        var studioBase = WebUtility.HtmlEncode(pathBase + path + "/");
        var endpoint = WebUtility.HtmlEncode(pathBase + graphqlPath);
        var head = $"<head><base href=\"{studioBase}\"><meta name=\"graphql-endpoint\" content=\"{endpoint}\">";
        return Results.Content(index.Replace("<head>", head, StringComparison.Ordinal), "text/html; charset=utf-8");
    }
}
