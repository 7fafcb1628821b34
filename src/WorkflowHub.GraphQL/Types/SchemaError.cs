using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>A problem in a schema (or its SDL), with the definitions involved when known.</summary>
public sealed class SchemaError(string message, IReadOnlyList<ISyntaxNode>? nodes = null)
{
    public string Message { get; } = message;

    public IReadOnlyList<ISyntaxNode> Nodes { get; } = nodes ?? [];

    /// <summary>Source locations of <see cref="Nodes"/> that came from SDL.</summary>
    public IEnumerable<Location> Locations => Nodes.Where(n => n.Location != default).Select(n => n.Location);

    public override string ToString() => Message;
}
