using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        if (definitions.Count < 2)
        {
            return false;
        }

        foreach (var (name, nodes) in Grouping.GroupBy(definitions, d => d.Variable.Name.Value, d => (ISyntaxNode)d.Variable.Name))
        {
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", nodes);
            }
        }

        return false;
    }
}

/// <summary>Spec 5.8.3 All Variable Uses Defined (through fragments too).</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition];
    private static readonly SyntaxKind[] LeaveKindList = [SyntaxKind.OperationDefinition];
    private HashSet<string>? _defined;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override IReadOnlyList<SyntaxKind> LeaveKinds => LeaveKindList;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is OperationDefinitionNode)
        {
            _defined?.Clear();
            return true;
        }

        (_defined ??= new HashSet<string>(StringComparer.Ordinal)).Add(((VariableDefinitionNode)node).Variable.Name.Value);
        return false;
    }

    public override void Leave(ValidationContext context, ISyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (_defined is null || !_defined.Contains(name))
            {
                context.ReportError(
                    operation.Name is not null
                        ? $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    [usage.Node, operation]);
            }
        }
    }
}

/// <summary>Spec 5.8.4 All Variables Used (through fragments too).</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition];
    private static readonly SyntaxKind[] LeaveKindList = [SyntaxKind.OperationDefinition];
    private readonly List<VariableDefinitionNode> _definitions = [];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override IReadOnlyList<SyntaxKind> LeaveKinds => LeaveKindList;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is OperationDefinitionNode)
        {
            _definitions.Clear();
            return true;
        }

        _definitions.Add((VariableDefinitionNode)node);
        return false;
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        foreach (var usage in usages)
        {
            if (usage.Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    public override void Leave(ValidationContext context, ISyntaxNode node)
    {
        if (_definitions.Count == 0)
        {
            return;
        }

        var operation = (OperationDefinitionNode)node;
        var usages = context.GetRecursiveVariableUsages(operation);
        HashSet<string>? used = null;
        if (usages.Count > 8)
        {
            used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in usages)
            {
                used.Add(usage.Node.Name.Value);
            }
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (used is not null ? !used.Contains(name) : !IsUsed(usages, name))
            {
                context.ReportError(
                    operation.Name is not null
                        ? $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: the variable's type fits the position (a nullable
/// variable may fill a non-null position that has a default, or when the variable has a non-null
/// default). A OneOf Input Object's fields count as non-null positions, as the spec's
/// IsNonNullPosition has it, reported with graphql-js's OneOf message — for input objects in
/// non-null and list positions too, where graphql-js 16 misses it.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition];
    private static readonly SyntaxKind[] LeaveKindList = [SyntaxKind.OperationDefinition];
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override IReadOnlyList<SyntaxKind> LeaveKinds => LeaveKindList;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is OperationDefinitionNode)
        {
            _definitions.Clear();
            return true;
        }

        var definition = (VariableDefinitionNode)node;
        _definitions[definition.Variable.Name.Value] = definition;
        return false;
    }

    public override void Leave(ValidationContext context, ISyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            var variableType = TypeInfo.TypeFromAst(context.Schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    [definition, usage.Node]);
            }

            // A OneOf Input Object's field is a non-null position (spec IsNonNullPosition): a nullable
            // variable needs a non-null default there. graphql-js 16 checks this only where the
            // input object itself is in a nullable position; this checks it everywhere.
            if (usage.ParentType?.NullableType() is InputObjectType { IsOneOf: true } oneOf &&
                variableType is not NonNullType &&
                definition.DefaultValue is null or NullValueNode &&
                usage.DefaultValue is null)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    [definition, usage.Node]);
            }
        }
    }

    private static bool IsAllowed(Schema schema, IType variableType, IValueNode? variableDefault, IType locationType, IValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null)
            {
                return false;
            }

            return schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}

/// <summary>Groups items by key in first-seen order (graphql-js <c>groupBy</c>).</summary>
internal static class Grouping
{
    public static List<(string Key, List<ISyntaxNode> Nodes)> GroupBy<T>(IReadOnlyList<T> items, Func<T, string> key, Func<T, ISyntaxNode> node)
    {
        var groups = new List<(string Key, List<ISyntaxNode> Nodes)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (index.TryGetValue(k, out var i))
            {
                groups[i].Nodes.Add(node(item));
            }
            else
            {
                index[k] = groups.Count;
                groups.Add((k, [node(item)]));
            }
        }

        return groups;
    }
}
