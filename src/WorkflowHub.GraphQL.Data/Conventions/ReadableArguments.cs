using System.Collections;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data;

/// <summary>
/// A field the caller may not read is a field they may not filter or sort on either: otherwise
/// <c>where: { phone: { startsWith: "1381" } }</c> reads a hidden phone number a digit at a time, and <c>order</c> ranks it.
/// Checked against the node type's own field rules before the query runs.
/// </summary>
internal static class ReadableArguments
{
    public static async ValueTask EnsureAsync(IResolverContext context, IReadOnlyDictionary<string, object?>? where, IEnumerable<IReadOnlyDictionary<string, object?>>? order)
    {
        if (where is null && order is null || NodeType(context.Field.Type) is not { } node) return;
        var used = new SortedSet<(string Field, string Path)>();
        if (where is not null) CollectFilter(where, "where", used);
        if (order is not null)
        {
            var i = 0;
            foreach (var entry in order)
            {
                foreach (var name in entry.Keys) used.Add((name, $"order[{i}].{name}"));
                i++;
            }
        }

        foreach (var (name, path) in used)
        {
            if (!node.Fields.TryGetField(name, out var field)) continue;
            var result = await context.AuthorizeFieldAsync(node, field).ConfigureAwait(false);
            if (result != AuthorizeResult.Allowed)
                throw new GraphQLException($"Argument \"{path}\": you may not read {node.Name}.{name}, so you may not filter or sort on it.",
                    result == AuthorizeResult.NotAuthenticated ? ErrorCodes.NotAuthenticated : ErrorCodes.NotAuthorized,
                    new Dictionary<string, object?> { ["argument"] = path });
        }
    }

    private static void CollectFilter(IReadOnlyDictionary<string, object?> filter, string path, SortedSet<(string, string)> used)
    {
        foreach (var (name, value) in filter)
        {
            if (value is null) continue;
            if (name is Filtering.FilterOperation.And or Filtering.FilterOperation.Or && value is IEnumerable items and not string)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is IReadOnlyDictionary<string, object?> nested) CollectFilter(nested, $"{path}.{name}[{i}]", used);
                    i++;
                }
            }
            else
            {
                used.Add((name, $"{path}.{name}"));
            }
        }
    }

    /// <summary>The listed object type: the field's own, or its connection's node type.</summary>
    private static ObjectType? NodeType(IType type)
    {
        if (type.NamedType() is not ObjectType listed) return null;
        return listed.Fields.TryGetField("nodes", out var nodes) && listed.Fields.ContainsField("pageInfo") && nodes.Type.NamedType() is ObjectType node
            ? node
            : listed;
    }
}
