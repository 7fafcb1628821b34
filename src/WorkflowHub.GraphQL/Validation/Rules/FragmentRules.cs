using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];
    private Dictionary<string, NameNode>? _known;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            var name = fragment.Name;
            _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one fragment named \"{name.Value}\".", [first, name]);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return false;
    }
}

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.FragmentSpread];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var spread = (FragmentSpreadNode)node;
        if (context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }

        return true;
    }
}

/// <summary>Spec 5.5.1.4 Fragments Must Be Used.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];
    private static readonly SyntaxKind[] LeaveKindList = [SyntaxKind.Document];
    private readonly List<OperationDefinitionNode> _operations = [];
    private List<FragmentDefinitionNode>? _fragments;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override IReadOnlyList<SyntaxKind> LeaveKinds => LeaveKindList;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is OperationDefinitionNode operation)
        {
            _operations.Add(operation);
        }
        else
        {
            (_fragments ??= []).Add((FragmentDefinitionNode)node);
        }

        return false;
    }

    public override void Leave(ValidationContext context, ISyntaxNode node)
    {
        if (_fragments is null)
        {
            return;
        }

        var used = context.CollectReferencedFragments(_operations).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var parentType = context.ParentType;
        if (node is InlineFragmentNode)
        {
            if (context.Type is INamedType fragmentType && fragmentType.IsCompositeType() &&
                parentType is not null && parentType.IsCompositeType() &&
                !context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }
        else
        {
            var spread = (FragmentSpreadNode)node;
            var fragment = context.GetFragment(spread.Name.Value);
            if (fragment is not null &&
                context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType && fragmentType.IsCompositeType() &&
                parentType is not null &&
                !context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }

        return true;
    }
}

/// <summary>Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles (one error per cycle, reported where it closes).</summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];
    private HashSet<string>? _visited;
    private List<FragmentSpreadNode>? _spreadPath;
    private Dictionary<string, int>? _spreadPathIndexByName;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycle(context, fragment);
        }

        return false;
    }

    private void DetectCycle(ValidationContext context, FragmentDefinitionNode fragment)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var fragmentName = fragment.Name.Value;
        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _visited ??= new HashSet<string>(StringComparer.Ordinal);
        _spreadPath ??= [];
        _spreadPathIndexByName ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycle(context, spreadFragment);
                }
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => '"' + s.Name.Value + '"'));
                context.ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
