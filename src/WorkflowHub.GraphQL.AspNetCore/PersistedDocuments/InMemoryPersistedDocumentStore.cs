using System.Collections.Concurrent;

namespace WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>Persisted documents held in memory (filled at start-up or by automatic persisted queries).</summary>
public sealed class InMemoryPersistedDocumentStore : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

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
        _documents[hash] = document;
        return default;
    }
}
