using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type and 5.6.4 Input Object Required Fields, plus the
/// <c>@oneOf</c> rule that a literal for a OneOf Input Object gives exactly one non-null field.
/// Scalars and enums judge literals through their <c>ParseLiteral</c>; a
/// <see cref="CoercionException"/> message is reported as it is, like graphql-js reports a
/// <c>GraphQLError</c> thrown by <c>parseLiteral</c>.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds =
    [
        SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.NullValue, SyntaxKind.EnumValue,
        SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
    ];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        switch (node)
        {
            case ListValueNode list:
                if (context.ParentInputType?.NullableType() is not ListType)
                {
                    IsValidValueNode(context, list);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                return EnterObject(context, obj);
            case ObjectFieldNode field:
                if (context.InputType is null && context.ParentInputType?.NamedType() is InputObjectType parentType)
                {
                    var suggestions = context.HideSuggestions ? [] : Suggestions.For(field.Name.Value, parentType.Fields.Select(f => f.Name));
                    context.ReportError(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                        node);
                }

                return true;
            case NullValueNode:
                if (context.InputType is NonNullType nonNull)
                {
                    context.ReportError($"Expected value of type \"{nonNull}\", found {AstPrinter.Print(node)}.", node);
                }

                return true;
            default:
                IsValidValueNode(context, (IValueNode)node);
                return true;
        }
    }

    private static bool EnterObject(ValidationContext context, ObjectValueNode node)
    {
        if (context.InputType?.NamedType() is not InputObjectType type)
        {
            IsValidValueNode(context, node);
            return false;
        }

        Dictionary<string, ObjectFieldNode>? given = null;
        if (node.Fields.Count > 0)
        {
            given = new Dictionary<string, ObjectFieldNode>(node.Fields.Count, StringComparer.Ordinal);
            foreach (var field in node.Fields)
            {
                given[field.Name.Value] = field; // the last one wins, as in graphql-js keyMap
            }
        }

        foreach (var fieldDef in type.Fields)
        {
            if ((given is null || !given.ContainsKey(fieldDef.Name)) && fieldDef.IsRequired())
            {
                context.ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            if (given is null || given.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            }
            else
            {
                var (key, field) = given.First();
                if (field.Value is NullValueNode)
                {
                    context.ReportError($"Field \"{type.Name}.{key}\" must be non-null.", node);
                }
            }
        }

        return true;
    }

    private static void IsValidValueNode(ValidationContext context, IValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.NamedType();
        if (type is not ILeafType leaf)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}.", node);
            return;
        }

        try
        {
            leaf.ParseLiteral(node);
        }
        catch (CoercionException error)
        {
            context.ReportError(error.Message, node);
        }
        catch (Exception error) when (error is not ValidationAbortedException and not InsufficientExecutionStackException)
        {
            context.ReportError($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}; {error.Message}", node);
        }
    }
}

/// <summary>Spec 5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.ObjectValue];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var fields = ((ObjectValueNode)node).Fields;
        if (fields.Count < 2)
        {
            return true;
        }

        var known = new Dictionary<string, NameNode>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (known.TryGetValue(field.Name.Value, out var first))
            {
                context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", [first, field.Name]);
            }
            else
            {
                known[field.Name.Value] = field.Name;
            }
        }

        return true;
    }
}
