using System.Globalization;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore.Limits;

/// <summary>The cost settings of one field, read once from its <c>@cost</c>/<c>@listSize</c> directives.</summary>
internal sealed class FieldCost
{
    public double Weight { get; init; }

    public bool ReturnsList { get; init; }

    public int? AssumedSize { get; init; }

    public IReadOnlyList<string>? SlicingArguments { get; init; }

    public IReadOnlyList<string>? SizedFields { get; init; }

    /// <summary>Argument name → weight, for arguments with <c>@cost</c>.</summary>
    public IReadOnlyDictionary<string, double>? ArgumentWeights { get; init; }

    public static FieldCost Read(OutputField field, CostOptions options)
    {
        var named = field.Type.NamedType();
        var weight = named is ILeafType ? options.DefaultLeafFieldCost : options.DefaultCompositeFieldCost;
        if (CostOf(named) is { } typeWeight)
        {
            weight = typeWeight;
        }

        int? assumedSize = null;
        IReadOnlyList<string>? slicing = null;
        IReadOnlyList<string>? sized = null;
        if (field.SyntaxNode is FieldDefinitionNode definition)
        {
            foreach (var directive in definition.Directives)
            {
                if (directive.Name.Value == "cost" && ReadWeight(directive) is { } fieldWeight)
                {
                    weight = fieldWeight;
                }
                else if (directive.Name.Value == "listSize")
                {
                    foreach (var argument in directive.Arguments)
                    {
                        switch (argument.Name.Value)
                        {
                            case "assumedSize" when argument.Value is IntValueNode size:
                                assumedSize = int.Parse(size.Value, CultureInfo.InvariantCulture);
                                break;
                            case "slicingArguments":
                                slicing = Strings(argument.Value);
                                break;
                            case "sizedFields":
                                sized = Strings(argument.Value);
                                break;
                        }
                    }
                }
            }
        }

        var coordinate = field.DeclaringType?.Name + "." + field.Name;
        if (options.FieldCosts.TryGetValue(coordinate, out var configured))
        {
            weight = configured;
        }

        Dictionary<string, double>? argumentWeights = null;
        foreach (var argument in field.Arguments)
        {
            if (argument.SyntaxNode is InputValueDefinitionNode { } input && CostOf(input.Directives) is { } argumentWeight)
            {
                (argumentWeights ??= new(StringComparer.Ordinal))[argument.Name] = argumentWeight;
            }
        }

        return new FieldCost
        {
            Weight = weight,
            ReturnsList = field.Type.NullableType() is ListType,
            AssumedSize = assumedSize,
            SlicingArguments = slicing,
            SizedFields = sized,
            ArgumentWeights = argumentWeights,
        };
    }

    private static double? CostOf(INamedType type) =>
        type is NamedTypeBase { SyntaxNode: IHasDirectives definition } ? CostOf(definition.Directives) : null;

    private static double? CostOf(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "cost" && ReadWeight(directive) is { } weight)
            {
                return weight;
            }
        }

        return null;
    }

    private static double? ReadWeight(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "weight")
            {
                continue;
            }

            var text = argument.Value switch
            {
                StringValueNode s => s.Value,
                IntValueNode i => i.Value,
                FloatValueNode f => f.Value,
                _ => null,
            };
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                return weight;
            }
        }

        return null;
    }

    private static IReadOnlyList<string>? Strings(IValueNode value) => value switch
    {
        StringValueNode single => [single.Value],
        ListValueNode list => list.Items.OfType<StringValueNode>().Select(s => s.Value).ToArray(),
        _ => null,
    };
}
