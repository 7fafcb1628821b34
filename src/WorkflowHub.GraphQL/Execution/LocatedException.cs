using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>A field error the executor raises itself, located at a node other than the field (e.g. an argument value).</summary>
internal sealed class LocatedException(string message, ISyntaxNode node) : Exception(message)
{
    public ISyntaxNode Node { get; } = node;
}
