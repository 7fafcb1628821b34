using System.Collections.Concurrent;

namespace WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>
/// Persisted documents held in memory (filled at start-up or by automatic persisted queries). Automatic
/// persisted queries stop adding documents once <see cref="MaxSavedDocuments"/> are held, so clients
/// cannot grow it without bound; documents added with <see cref="Add"/> always count.
/// </summary>
public sealed class InMemoryPersistedDocumentStore(int maxSavedDocuments = 10_000) : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public int MaxSavedDocuments { get; } = maxSavedDocuments;

    public int Count => _documents.Count;

    /// <summary>Adds a document and returns its id (<c>sha256:&lt;hex&gt;</c>).</summary>
    public string Add(string document)
    {
        var hash = DocumentHash.Compute(document);
        _documents[hash] = document;
        return DocumentHash.Prefix + hash;
    }

    public ValueTask<string?> TryReadAsync(string hash, CancellationToken cancellationToken) =>
        new(_documents.TryGetValue(hash, out var document) ? document : null);

    public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        if (_documents.Count < MaxSavedDocuments)
        {
            _documents.TryAdd(hash, document);
        }

        return default;
    }
}
