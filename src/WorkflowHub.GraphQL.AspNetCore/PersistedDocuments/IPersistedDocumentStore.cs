namespace WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>
/// Persisted documents by hash: the lower-case hex SHA-256 of the document text (UTF-8).
/// Requests name them as <c>{"documentId": "sha256:&lt;hex&gt;"}</c> or with
/// <c>extensions.persistedQuery.sha256Hash</c>.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document text, or null when the store does not hold the hash.</summary>
    ValueTask<string?> TryReadAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Stores a document under its hash (used by automatic persisted queries).</summary>
    ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken);
}
