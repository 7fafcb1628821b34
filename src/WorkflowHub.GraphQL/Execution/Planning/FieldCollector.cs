using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Introspection;

namespace WorkflowHub.GraphQL.Execution.Planning;

/// <summary>
/// The spec's CollectFields: fields of a selection set (through fragments, honouring <c>@skip</c> and
/// <c>@include</c>) grouped by response key in document order, for one runtime object type. Fields the
/// type does not have are left out, as graphql-js does.
/// </summary>
internal static class FieldCollector
{
    public static SelectionPlan CollectRoot(PlanContext context, ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new FieldGroups();
        Collect(context, type, selectionSet, groups, null);
        return groups.ToPlan(context, type);
    }

    public static SelectionPlan CollectSubfields(PlanContext context, ObjectType type, FieldNode[] nodes)
    {
        var groups = new FieldGroups();
        HashSet<string>? visited = null;
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                visited = Collect(context, type, selectionSet, groups, visited);
            }
        }

        return groups.ToPlan(context, type);
    }

    private static HashSet<string>? Collect(PlanContext context, ObjectType type, SelectionSetNode selectionSet, FieldGroups groups, HashSet<string>? visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(context, field))
                    {
                        groups.Add(field);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(context, inline) && ConditionMatches(context.Schema, inline.TypeCondition, type))
                    {
                        visited = Collect(context, type, inline.SelectionSet, groups, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if ((visited is not null && visited.Contains(name)) || !ShouldInclude(context, spread))
                    {
                        break;
                    }

                    (visited ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    if (context.Fragments.TryGetValue(name, out var fragment) && ConditionMatches(context.Schema, fragment.TypeCondition, type))
                    {
                        visited = Collect(context, type, fragment.SelectionSet, groups, visited);
                    }

                    break;
            }
        }

        return visited;
    }

    private static bool ShouldInclude(PlanContext context, IHasDirectives node)
    {
        var directives = node.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            switch (directive.Name.Value)
            {
                case "skip" when ConditionValue(context, directive, BuiltInDirectives.Skip) == true:
                    return false;
                case "include" when ConditionValue(context, directive, BuiltInDirectives.Include) == false:
                    return false;
            }
        }

        return true;
    }

    private static bool? ConditionValue(PlanContext context, DirectiveNode directive, DirectiveType definition)
    {
        if (directive.Arguments is [{ Name.Value: "if", Value: BooleanValueNode literal }])
        {
            return literal.Value;
        }

        var values = ArgumentValues.Coerce(definition.Arguments, directive.Arguments, context.Variables, directive);
        return values.TryGetValue("if", out var value) ? value as bool? : null;
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is IAbstractType abstractType && schema.IsSubType(abstractType, type);
    }

    /// <summary>True when some <c>@skip</c>/<c>@include</c> of the document reads a variable (field collection then varies per request).</summary>
    public static bool HasVariableConditions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                OperationDefinitionNode operation => operation.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null && HasVariableConditions(selectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVariableConditions(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && ArgumentLiterals.UsesVariables(directive.Arguments))
                {
                    return true;
                }
            }

            var inner = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null && HasVariableConditions(inner))
            {
                return true;
            }
        }

        return false;
    }
}
