namespace WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;

public sealed class PersistedDocumentOptions
{
    /// <summary>Refuse requests that carry document text instead of a persisted document id (<c>PERSISTED_DOCUMENT_REQUIRED</c>).</summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    /// <summary>
    /// Apollo-style automatic persisted queries: a request with both <c>query</c> and
    /// <c>extensions.persistedQuery.sha256Hash</c> stores the document when the hash matches.
    /// </summary>
    public bool AllowAutomaticPersistedQueries { get; set; }
}
