namespace WorkflowHub.GraphQL.Execution;

/// <summary>A 1-based line and column in the request document, as error <c>locations</c> report them.</summary>
public sealed record SourceLocation(int Line, int Column);
