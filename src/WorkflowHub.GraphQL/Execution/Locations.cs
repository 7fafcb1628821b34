using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>Error locations from syntax nodes.</summary>
internal static class Locations
{
    public static SourceLocation Of(ISyntaxNode node) => new(node.Location.Line, node.Location.Column);

    public static IReadOnlyList<SourceLocation>? Of(IReadOnlyList<FieldNode> nodes)
    {
        var result = new SourceLocation[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            result[i] = Of(nodes[i]);
        }

        return result;
    }
}
