using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>Error locations from syntax nodes.</summary>
internal static class Locations
{
    /// <summary>Null for nodes made in code (they have no position).</summary>
    public static SourceLocation? Of(ISyntaxNode node) => node.Location.Line > 0 ? new(node.Location.Line, node.Location.Column) : null;

    public static IReadOnlyList<SourceLocation>? Of(IReadOnlyList<FieldNode> nodes)
    {
        var result = new List<SourceLocation>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (Of(nodes[i]) is { } location)
            {
                result.Add(location);
            }
        }

        return result.Count > 0 ? result : null;
    }

    /// <summary>The node's location as a list for an error, or null.</summary>
    public static IReadOnlyList<SourceLocation>? ListOf(ISyntaxNode? node) => node is not null && Of(node) is { } location ? [location] : null;
}
