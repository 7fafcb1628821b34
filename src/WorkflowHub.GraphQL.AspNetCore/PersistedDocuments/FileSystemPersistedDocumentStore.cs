using System.Collections.Concurrent;
using System.Text;

namespace WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>
/// Persisted documents as files <c>&lt;hex&gt;.graphql</c> in one folder (what a client build step
/// exports). Documents read once stay cached; a missing file is looked for again next time.
/// </summary>
public sealed class FileSystemPersistedDocumentStore : IPersistedDocumentStore
{
    private const string Extension = ".graphql";
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public FileSystemPersistedDocumentStore(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        _folder = Path.GetFullPath(folder);
    }

    public string Folder => _folder;

    public async ValueTask<string?> TryReadAsync(string hash, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(hash, out var cached))
        {
            return cached;
        }

        // Hashes reach here normalised to 64 hex digits, so the file name cannot leave the folder.
        var path = Path.Combine(_folder, hash + Extension);
        if (!File.Exists(path))
        {
            return null;
        }

        var document = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        _cache[hash] = document;
        return document;
    }

    public async ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, hash + Extension);
        await File.WriteAllTextAsync(path, document, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        _cache[hash] = document;
    }
}
