namespace WorkflowHub.GraphQL.Language;

/// <summary>Limits applied while parsing.</summary>
public sealed class ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>
    /// Parsing stops with a syntax error once the document has more lexical tokens than this
    /// (protects a server against huge documents). Null means no limit.
    /// </summary>
    public int? MaxTokens { get; init; }
}
