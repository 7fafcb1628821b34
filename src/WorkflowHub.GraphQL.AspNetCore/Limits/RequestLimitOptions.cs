namespace WorkflowHub.GraphQL.AspNetCore.Limits;

/// <summary>Static limits checked before a request executes. Null switches a limit off.</summary>
public sealed class RequestLimitOptions
{
    /// <summary>Largest document in UTF-8 bytes, checked before parsing (<c>DOCUMENT_TOO_LARGE</c>).</summary>
    public int? MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>Deepest field nesting of the operation, fragments included (<c>MAX_DEPTH_EXCEEDED</c>).</summary>
    public int? MaxDepth { get; set; }

    /// <summary>Highest static cost of the operation (<c>MAX_COST_EXCEEDED</c>).</summary>
    public double? MaxCost { get; set; }

    /// <summary>Whether introspection fields count towards the depth limit (GraphiQL's introspection query is 13 deep).</summary>
    public bool SkipIntrospectionForDepth { get; set; } = true;
}
