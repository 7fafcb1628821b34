using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's guard against deeply nested introspection (part of its specified rules since
/// 16.9): an introspection query may nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> at most two deep. Fragments are followed, each
/// checked once per entry depth.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field];

    // Per fragment: the greatest entry depth at which a check completed without reaching the
    // limit, and the smallest entry depth at which one reached it. Shared across root checks.
    private Dictionary<string, int>? _checked;
    private Dictionary<string, int>? _exceeded;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is "__schema" or "__type")
        {
            _checked ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _exceeded ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var visited = new Dictionary<string, int>(StringComparer.Ordinal);
            if (CheckDepth(context, field, visited, 0))
            {
                context.ReportError("Maximum introspection depth exceeded", node);
                return false;
            }
        }

        return true;
    }

    private bool CheckDepth(ValidationContext context, ISyntaxNode node, Dictionary<string, int> visited, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_exceeded!.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth) ||
                (_checked!.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }

            if (context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visited[name] = depth;
            if (CheckDepth(context, fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }

            _checked[name] = depth;
            return false;
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
        {
            depth++;
            if (depth >= MaxListsDepth)
            {
                return true;
            }
        }

        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        if (selectionSet is not null)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (CheckDepth(context, child, visited, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
