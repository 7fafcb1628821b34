using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Introspection;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence, and graphql-js's check that every type a document
/// names (variable types included) exists in the schema.
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.NamedType];
    private HashSet<string>? _definedTypes;
    private List<string>? _typeNames;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var typeName = ((NamedTypeNode)node).Name.Value;
        if (context.Schema.GetType(typeName) is not null)
        {
            return true;
        }

        _definedTypes ??= context.Document.Definitions.OfType<ITypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        if (_definedTypes.Contains(typeName))
        {
            return true;
        }

        var isSdl = context.InTypeSystemDefinition;
        if (isSdl && IsStandardTypeName(typeName))
        {
            return true;
        }

        var suggestions = Array.Empty<string>() as IReadOnlyList<string>;
        if (!context.HideSuggestions)
        {
            _typeNames ??= [.. context.Schema.Types.Select(t => t.Name), .. _definedTypes];
            suggestions = Suggestions.For(typeName, isSdl ? StandardTypeNames.Concat(_typeNames) : _typeNames);
        }

        context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
        return true;
    }

    private static readonly string[] StandardTypeNames =
        [.. BuiltInScalars.Specified.Select(s => s.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    private static bool IsStandardTypeName(string name) => Array.IndexOf(StandardTypeNames, name) >= 0;
}

/// <summary>Spec 5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } typeCondition }:
                if (context.Schema.GetType(typeCondition.Name.Value) is { } inlineType && !inlineType.IsCompositeType())
                {
                    context.ReportError($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
                }

                break;
            case FragmentDefinitionNode fragment:
                if (context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type && !type.IsCompositeType())
                {
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                        fragment.TypeCondition);
                }

                break;
        }

        return true;
    }
}

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.VariableDefinition];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var definition = (VariableDefinitionNode)node;
        var type = TypeInfo.TypeFromAst(context.Schema, definition.Type);
        if (type is not null && !type.IsInputType())
        {
            context.ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{AstPrinter.Print(definition.Type)}\".",
                definition.Type);
        }

        return false;
    }
}

/// <summary>Spec 5.3.3 Leaf Field Selections.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var field = (FieldNode)node;
        if (context.Type is not { } type)
        {
            return true;
        }

        var selectionSet = field.SelectionSet;
        if (type.NamedType().IsLeafType())
        {
            if (selectionSet is not null)
            {
                context.ReportError(
                    $"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            context.ReportError(
                $"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?",
                field);
        }
        else if (selectionSet.Selections.Count == 0)
        {
            context.ReportError($"Field \"{field.Name.Value}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}

/// <summary>Spec 5.3.1 Field Selections: the field exists on the parent type (with suggestions as graphql-js makes them).</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (context.ParentType is not { } type || context.FieldDefinition is not null)
        {
            return true;
        }

        var fieldName = ((FieldNode)node).Name.Value;
        var suggestion = string.Empty;
        if (!context.HideSuggestions)
        {
            suggestion = Suggestions.DidYouMean(GetSuggestedTypeNames(context.Schema, type, fieldName), "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(
                    type is IComplexOutputType complex ? Suggestions.For(fieldName, complex.Fields.Select(f => f.Name)) : []);
            }
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        return true;
    }

    private static IReadOnlyList<string> GetSuggestedTypeNames(Schema schema, INamedType type, string fieldName)
    {
        if (type is not IAbstractType abstractType)
        {
            return [];
        }

        var suggested = new List<INamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (!possibleType.Fields.ContainsField(fieldName))
            {
                continue;
            }

            if (!suggested.Contains(possibleType))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsField(fieldName))
                {
                    continue;
                }

                if (!suggested.Contains(possibleInterface))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }

        // The comparator is not transitive (super types first, else by name), so sort as V8 does.
        JsArraySort.Sort(suggested, (a, b) => Compare(schema, usageCount, a, b));
        return suggested.Select(t => t.Name).ToList();
    }

    private static int Compare(Schema schema, Dictionary<string, int> usageCount, INamedType a, INamedType b)
    {
        var diff = usageCount[b.Name] - usageCount[a.Name];
        if (diff != 0)
        {
            return diff;
        }

        if (a is InterfaceType interfaceA && b is ObjectType or InterfaceType && schema.IsSubType(interfaceA, b))
        {
            return -1;
        }

        if (b is InterfaceType interfaceB && a is ObjectType or InterfaceType && schema.IsSubType(interfaceB, a))
        {
            return 1;
        }

        return Suggestions.NaturalCompare(a.Name, b.Name);
    }
}
