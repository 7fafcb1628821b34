using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace WorkflowHub.Studio;

/// <summary>The studio's built files, embedded into this assembly at build time (nothing is read from disk or a CDN).</summary>
internal sealed class StudioBundle
{
    private const string ResourcePrefix = "studio/";
    private static readonly Assembly Assembly = typeof(StudioBundle).Assembly;
    private readonly Lazy<string?> _index = new(() => ReadText(ResourcePrefix + "index.html"));
    private readonly ConcurrentDictionary<string, byte[]?> _assets = new(StringComparer.Ordinal);

    /// <summary>The page, or null when the build skipped the studio (<c>SkipStudioBuild=true</c>).</summary>
    public string? Index => _index.Value;

    /// <summary>A file below <c>assets/</c>, or null when there is none by that name.</summary>
    public byte[]? Asset(string name) =>
        _assets.GetOrAdd(name, static n => IsSafe(n) ? ReadBytes(ResourcePrefix + "assets/" + n) : null);

    private static bool IsSafe(string name) =>
        name.Length is > 0 and < 200 && !name.Contains("..", StringComparison.Ordinal) && !name.Contains('/') && !name.Contains('\\');

    private static string? ReadText(string resource) => ReadBytes(resource) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    private static byte[]? ReadBytes(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource);
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
