using WorkflowHub.GraphQL.AspNetCore;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.Security.GraphQL.Protection;

/// <summary>The operation about to run and the names of its root fields, through inline fragments and fragment spreads.</summary>
internal static class RootFields
{
    public static OperationDefinitionNode? Operation(IDictionary<string, object?> contextData) =>
        contextData.TryGetValue(ContextDataKeys.Operation, out var value) ? value as OperationDefinitionNode : null;

    public static List<string> Of(IDictionary<string, object?> contextData)
    {
        var names = new List<string>();
        if (Operation(contextData) is not { } operation) return names;
        var fragments = (contextData.TryGetValue(ContextDataKeys.Document, out var document) ? document as DocumentNode : null)?
            .Definitions.OfType<FragmentDefinitionNode>().DistinctBy(f => f.Name.Value).ToDictionary(f => f.Name.Value) ?? [];
        Collect(operation.SelectionSet, fragments, new HashSet<string>(), names);
        return names;
    }

    private static void Collect(SelectionSetNode set, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited, List<string> names)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    names.Add(field.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, fragments, visited, names);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Collect(fragment.SelectionSet, fragments, visited, names);
                    break;
            }
        }
    }
}
