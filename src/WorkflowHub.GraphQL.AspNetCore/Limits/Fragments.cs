using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.AspNetCore.Limits;

internal static class Fragments
{
    public static Dictionary<string, FragmentDefinitionNode> ByName(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments;
    }
}
