using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.Execution.Results;

/// <summary>Reads response paths back from the result tree (no path objects are kept while executing).</summary>
internal static class ResultPaths
{
    /// <summary>The path of slot <paramref name="slot"/> of <paramref name="node"/>: field names and list indexes from the root.</summary>
    public static IReadOnlyList<object> Of(ResultNode? node, int slot, string? rootKey = null)
    {
        if (node is null)
        {
            return rootKey is null ? [] : [rootKey];
        }

        var depth = 1;
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            depth++;
        }

        var segments = new object[depth];
        segments[depth - 1] = Segment(node, slot);
        var position = depth - 2;
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            segments[position--] = Segment(current.Parent, current.ParentIndex);
        }

        return segments;
    }

    public static ResponsePath ToResponsePath(ResultNode? node, int slot, string rootKey)
    {
        var segments = Of(node, slot, rootKey);
        var path = ResponsePath.Root((string)segments[0]);
        for (var i = 1; i < segments.Count; i++)
        {
            path = segments[i] is int index ? path.Append(index) : path.Append((string)segments[i]);
        }

        return path;
    }

    private static object Segment(ResultNode node, int slot) => node is ResultMap map ? map.KeyAt(slot) : slot;
}
