using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (through
/// fragments too), which is not an introspection field, and uses no <c>@skip</c>/<c>@include</c>
/// in its root selection set (CollectSubscriptionFields). graphql-js 16 evaluates those directives
/// without variables instead (and throws when they use one); this follows the spec and reports
/// them with graphql-js 17's message.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return false;
        }

        var operationName = operation.Name?.Value;
        var keys = new List<string>();
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var forbidden = new List<ISyntaxNode>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Collect(context, subscriptionType, operation.SelectionSet, keys, fields, forbidden, visited);

        if (forbidden.Count > 0)
        {
            context.ReportError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must not use `@skip` or `@include` directives in the top level selection."
                    : "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
                forbidden);
            return false;
        }

        if (keys.Count > 1)
        {
            var extra = new List<ISyntaxNode>();
            for (var i = 1; i < keys.Count; i++)
            {
                extra.AddRange(fields[keys[i]]);
            }

            context.ReportError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra);
        }

        foreach (var key in keys)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes);
            }
        }

        return false;
    }

    private static void Collect(
        ValidationContext context,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        List<string> keys,
        Dictionary<string, List<FieldNode>> fields,
        List<ISyntaxNode> forbidden,
        HashSet<string> visited)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is FragmentSpreadNode spread && visited.Contains(spread.Name.Value))
            {
                continue;
            }

            if (HasForbiddenDirective(selection, forbidden))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        list = [];
                        fields[key] = list;
                        keys.Add(key);
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode fragmentSpread:
                    var fragment = context.GetFragment(fragmentSpread.Name.Value);
                    if (fragment is null || !DoesFragmentConditionMatch(context.Schema, fragment.TypeCondition, objectType))
                    {
                        continue;
                    }

                    visited.Add(fragmentSpread.Name.Value);
                    Collect(context, objectType, fragment.SelectionSet, keys, fields, forbidden, visited);
                    break;
                case InlineFragmentNode inline:
                    if (!DoesFragmentConditionMatch(context.Schema, inline.TypeCondition, objectType))
                    {
                        continue;
                    }

                    Collect(context, objectType, inline.SelectionSet, keys, fields, forbidden, visited);
                    break;
            }
        }
    }

    private static bool HasForbiddenDirective(ISelectionNode selection, List<ISyntaxNode> forbidden)
    {
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == "skip")
            {
                forbidden.Add(directive);
                return true;
            }
        }

        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == "include")
            {
                forbidden.Add(directive);
                return true;
            }
        }

        return false;
    }

    private static bool DoesFragmentConditionMatch(Schema schema, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionalType = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }

        return conditionalType is IAbstractType abstractType && schema.IsSubType(abstractType, type);
    }
}
