using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>With introspection switched off: an error for every <c>__schema</c> or <c>__type</c> among an operation's root fields.</summary>
internal static class IntrospectionGuard
{
    public const string Message = "Introspection is not allowed for the current request.";

    public static void Check(DocumentNode document, OperationDefinitionNode operation, ref List<GraphQLError>? errors)
    {
        if (operation.Operation != OperationType.Query)
        {
            return;
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Visit(operation.SelectionSet, fragments, new HashSet<string>(StringComparer.Ordinal), ref errors);
    }

    private static void Visit(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited, ref List<GraphQLError>? errors)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode { Name.Value: "__schema" or "__type" } field:
                    (errors ??= []).Add(GraphQLError.WithCode(Message, ErrorCodes.IntrospectionNotAllowed, Locations.ListOf(field)));
                    break;
                case InlineFragmentNode inline:
                    Visit(inline.SelectionSet, fragments, visited, ref errors);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Visit(fragment.SelectionSet, fragments, visited, ref errors);
                    break;
            }
        }
    }
}
