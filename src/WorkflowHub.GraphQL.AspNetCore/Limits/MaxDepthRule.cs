using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore.Limits;

/// <summary>
/// Refuses operations whose fields nest deeper than <see cref="MaxDepth"/> (fragments expanded;
/// <c>{ a { b } }</c> is 2 deep). Code <c>MAX_DEPTH_EXCEEDED</c>.
/// </summary>
public sealed class MaxDepthRule(int maxDepth, bool skipIntrospectionFields = true) : IDocumentRule
{
    public int MaxDepth { get; } = maxDepth;

    public IEnumerable<GraphQLError> Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        var walker = new Walker(Fragments.ByName(document), MaxDepth, skipIntrospectionFields);
        var depth = walker.Measure(operation.SelectionSet, 1);
        if (depth <= MaxDepth)
        {
            return [];
        }

        var at = walker.FirstTooDeep?.Location ?? operation.Location;
        return
        [
            TransportErrors.Create(
                $"The operation is {depth} levels deep, more than the {MaxDepth} allowed.",
                ServerErrorCodes.MaxDepthExceeded,
                at.Line > 0 ? at : null,
                new Dictionary<string, object?> { ["depth"] = depth, ["maxDepth"] = MaxDepth }),
        ];
    }

    private sealed class Walker(Dictionary<string, FragmentDefinitionNode> fragments, int maxDepth, bool skipIntrospection)
    {
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public FieldNode? FirstTooDeep { get; private set; }

        public int Measure(SelectionSetNode selectionSet, int level)
        {
            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => MeasureField(field, level),
                    InlineFragmentNode inline => Measure(inline.SelectionSet, level),
                    FragmentSpreadNode spread => MeasureSpread(spread, level),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }

            return deepest;
        }

        private int MeasureField(FieldNode field, int level)
        {
            if (skipIntrospection && field.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                return 0;
            }

            if (level > maxDepth && FirstTooDeep is null)
            {
                FirstTooDeep = field;
            }

            return field.SelectionSet is null ? level : Math.Max(level, Measure(field.SelectionSet, level + 1));
        }

        private int MeasureSpread(FragmentSpreadNode spread, int level)
        {
            var name = spread.Name.Value;
            if (!fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
            {
                return 0;
            }

            var depth = Measure(fragment.SelectionSet, level);
            _visiting.Remove(name);
            return depth;
        }
    }
}
