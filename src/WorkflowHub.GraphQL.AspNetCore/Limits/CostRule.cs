using System.Collections.Concurrent;
using System.Globalization;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore.Limits;

/// <summary>
/// Refuses operations whose static cost exceeds <see cref="MaxCost"/> (code <c>MAX_COST_EXCEEDED</c>).
/// A field costs its weight (<c>@cost</c> on the field, else on its type, else the defaults of
/// <see cref="CostOptions"/>) plus the weights of the arguments it is given, plus its selections.
/// A list field multiplies its weight and its selections by its size: the first given slicing
/// argument of <c>@listSize</c>, else its <c>assumedSize</c>, else a <c>first</c>/<c>last</c>
/// argument, else <see cref="CostOptions.DefaultListSize"/>. A field that is not a list but has
/// <c>@listSize(sizedFields:)</c> or a <c>first</c>/<c>last</c> argument (a connection) multiplies
/// the sized selections (all of them without <c>sizedFields</c>). Fragments on different types of
/// one abstract field are all counted and directives are assumed not to skip anything, so the
/// result is an upper bound.
/// </summary>
public sealed class CostRule(double maxCost, CostOptions? options = null) : IDocumentRule
{
    private readonly CostOptions _options = options ?? new CostOptions();
    private readonly ConcurrentDictionary<OutputField, FieldCost> _fields = new(ReferenceEqualityComparer.Instance);

    public double MaxCost { get; } = maxCost;

    public IEnumerable<GraphQLError> Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        var cost = Compute(schema, document, operation, variables);
        if (cost <= MaxCost)
        {
            return [];
        }

        var extra = _options.ReportCost ? new Dictionary<string, object?> { ["cost"] = cost, ["maxCost"] = MaxCost } : null;
        var at = operation.Location;
        return
        [
            TransportErrors.Create(
                $"The operation costs {cost.ToString(CultureInfo.InvariantCulture)}, more than the {MaxCost.ToString(CultureInfo.InvariantCulture)} allowed.",
                ServerErrorCodes.MaxCostExceeded,
                at.Line > 0 ? at : null,
                extra),
        ];
    }

    /// <summary>The static cost of <paramref name="operation"/>.</summary>
    public double Compute(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        var root = schema.GetRootType(operation.Operation);
        if (root is null)
        {
            return 0;
        }

        var walker = new Walker(this, Fragments.ByName(document), variables);
        return walker.SelectionSet(schema, root, operation.SelectionSet);
    }

    private FieldCost CostOf(OutputField field) => _fields.GetOrAdd(field, f => FieldCost.Read(f, _options));

    private sealed class Walker(CostRule rule, Dictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public double SelectionSet(Schema schema, INamedType parent, SelectionSetNode selectionSet, IReadOnlyList<string>? only = null, double multiplier = 1)
        {
            double total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (only is null || only.Contains(field.Name.Value))
                        {
                            total += multiplier * Field(schema, parent, field);
                        }
                        else
                        {
                            total += Field(schema, parent, field);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) ?? parent : parent;
                        total += SelectionSet(schema, inlineType, inline.SelectionSet, only, multiplier);
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (fragments.TryGetValue(name, out var fragment) && _visiting.Add(name))
                        {
                            var fragmentType = schema.GetType(fragment.TypeCondition.Name.Value) ?? parent;
                            total += SelectionSet(schema, fragmentType, fragment.SelectionSet, only, multiplier);
                            _visiting.Remove(name);
                        }

                        break;
                }
            }

            return total;
        }

        private double Field(Schema schema, INamedType parent, FieldNode node)
        {
            if (parent is not ComplexOutputType complex || !complex.Fields.TryGetField(node.Name.Value, out var field))
            {
                return 0; // __typename, introspection and unknown fields
            }

            var cost = rule.CostOf(field);
            var weight = cost.Weight + ArgumentWeights(cost, node);
            var size = ListSize(cost, node);
            double children = 0;
            if (node.SelectionSet is not null)
            {
                var childType = field.Type.NamedType();
                if (cost.ReturnsList)
                {
                    children = SelectionSet(schema, childType, node.SelectionSet);
                }
                else if (size is { } connectionSize)
                {
                    children = SelectionSet(schema, childType, node.SelectionSet, cost.SizedFields, connectionSize);
                }
                else
                {
                    children = SelectionSet(schema, childType, node.SelectionSet);
                }
            }

            return cost.ReturnsList ? (size ?? rule._options.DefaultListSize) * (weight + children) : weight + children;
        }

        private static double ArgumentWeights(FieldCost cost, FieldNode node)
        {
            if (cost.ArgumentWeights is null)
            {
                return 0;
            }

            double total = 0;
            foreach (var argument in node.Arguments)
            {
                if (cost.ArgumentWeights.TryGetValue(argument.Name.Value, out var weight))
                {
                    total += weight;
                }
            }

            return total;
        }

        private double? ListSize(FieldCost cost, FieldNode node)
        {
            if (cost.SlicingArguments is { } slicing)
            {
                foreach (var name in slicing)
                {
                    if (ArgumentInt(node, name) is { } value)
                    {
                        return value;
                    }
                }
            }

            if (cost.AssumedSize is { } assumed)
            {
                return assumed;
            }

            if (ArgumentInt(node, "first") is { } first)
            {
                return first;
            }

            if (ArgumentInt(node, "last") is { } last)
            {
                return last;
            }

            return cost.SizedFields is null ? null : rule._options.DefaultListSize;
        }

        private double? ArgumentInt(FieldNode node, string name)
        {
            foreach (var argument in node.Arguments)
            {
                if (argument.Name.Value != name)
                {
                    continue;
                }

                return argument.Value switch
                {
                    IntValueNode literal when double.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => Math.Max(0, n),
                    VariableNode variable when variables.TryGetValue(variable.Name.Value, out var value) => Number(value),
                    _ => null,
                };
            }

            return null;
        }

        private static double? Number(object? value) => value switch
        {
            int i => Math.Max(0, i),
            long l => Math.Max(0, l),
            double d => Math.Max(0, d),
            decimal m => Math.Max(0, (double)m),
            _ => null,
        };
    }
}
