using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace WorkflowHub.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// Serves the GraphiQL bundle embedded into this assembly at build time: the page at the endpoint
/// itself and its assets below <c>&lt;endpoint&gt;/graphiql-assets/</c>. Nothing comes from a CDN.
/// </summary>
internal sealed class GraphiQLPage
{
    public const string AssetsFolder = "graphiql-assets";
    private const string ResourcePrefix = "graphiql/";

    private static readonly Assembly Assembly = typeof(GraphiQLPage).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Lazy<string?> _index = new(() => ReadText(ResourcePrefix + "index.html"));
    private readonly ConcurrentDictionary<string, byte[]?> _assets = new(StringComparer.Ordinal);

    /// <summary>Whether the build embedded the bundle (it is skipped with <c>SkipGraphiQLBuild=true</c>).</summary>
    public bool IsBundled => _index.Value is not null;

    public async Task WriteIndexAsync(HttpContext context)
    {
        var endpoint = (context.Request.PathBase + context.Request.Path).Value?.TrimEnd('/') ?? "";
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        var index = _index.Value;
        if (index is null)
        {
            await response.WriteAsync(
                "<!doctype html><title>GraphiQL</title><p>GraphiQL was not bundled into this build (SkipGraphiQLBuild). " +
                "Build without it to get the IDE; the GraphQL endpoint itself works.</p>",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var encoded = WebUtility.HtmlEncode(endpoint);
        var head = $"<head><base href=\"{encoded}/\"><meta name=\"graphql-endpoint\" content=\"{encoded}\">";
        await response.WriteAsync(index.Replace("<head>", head, StringComparison.Ordinal), context.RequestAborted).ConfigureAwait(false);
    }

    public async Task WriteAssetAsync(HttpContext context, string file)
    {
        var bytes = _assets.GetOrAdd(file, static name => IsSafe(name) ? ReadBytes(ResourcePrefix + AssetsFolder + "/" + name) : null);
        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        // Vite puts a content hash in every asset name, so an asset never changes under its name.
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsSafe(string name) =>
        name.Length is > 0 and < 200 && !name.Contains("..", StringComparison.Ordinal) && !name.Contains('/') && !name.Contains('\\');

    private static string? ReadText(string resource)
    {
        var bytes = ReadBytes(resource);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    private static byte[]? ReadBytes(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
