using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Argument, SyntaxKind.Directive];
    private Dictionary<string, List<string>>? _directiveArgs;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            _directiveArgs ??= BuildDirectiveArguments(context);
            if (directive.Arguments.Count > 0 && _directiveArgs.TryGetValue(directive.Name.Value, out var known))
            {
                foreach (var argument in directive.Arguments)
                {
                    var argName = argument.Name.Value;
                    if (!known.Contains(argName))
                    {
                        var suggestions = context.HideSuggestions ? [] : Suggestions.For(argName, known);
                        context.ReportError(
                            $"Unknown argument \"{argName}\" on directive \"@{directive.Name.Value}\"." + Suggestions.DidYouMean(suggestions),
                            argument);
                    }
                }
            }

            return false; // directive arguments are not field arguments
        }

        if (context.Argument is null && context.FieldDefinition is { } fieldDef && context.ParentType is { } parentType)
        {
            var argName = ((ArgumentNode)node).Name.Value;
            var suggestions = context.HideSuggestions ? [] : Suggestions.For(argName, fieldDef.Arguments.Select(a => a.Name));
            context.ReportError(
                $"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions),
                node);
        }

        return true;
    }

    private static Dictionary<string, List<string>> BuildDirectiveArguments(ValidationContext context)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                map[directiveDefinition.Name.Value] = directiveDefinition.Arguments.Select(a => a.Name.Value).ToList();
            }
        }

        return map;
    }
}

/// <summary>Spec 5.4.2 Argument Uniqueness (fields and directives).</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field, SyntaxKind.Directive];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return true;
        }

        foreach (var (name, nodes) in Grouping.GroupBy(arguments, a => a.Name.Value, a => (ISyntaxNode)a.Name))
        {
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{name}\".", nodes);
            }
        }

        return true;
    }
}

/// <summary>Spec 5.4.2.1 Required Arguments: non-null arguments without default are given (fields and directives).</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field, SyntaxKind.Directive];
    private Dictionary<string, List<(string Name, string Type)>>? _directiveRequired;

    public override IReadOnlyList<SyntaxKind> LeaveKinds => Kinds;

    public override void Leave(ValidationContext context, ISyntaxNode node)
    {
        if (node is FieldNode field)
        {
            if (context.FieldDefinition is not { } fieldDef || fieldDef.Arguments.Count == 0)
            {
                return;
            }

            foreach (var argDef in fieldDef.Arguments)
            {
                if (argDef.IsRequired() && !IsProvided(field.Arguments, argDef.Name))
                {
                    context.ReportError(
                        $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.",
                        node);
                }
            }

            return;
        }

        var directive = (DirectiveNode)node;
        _directiveRequired ??= BuildDirectiveRequired(context);
        if (_directiveRequired.TryGetValue(directive.Name.Value, out var required))
        {
            foreach (var (name, type) in required)
            {
                if (!IsProvided(directive.Arguments, name))
                {
                    context.ReportError(
                        $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                        node);
                }
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<(string Name, string Type)>> BuildDirectiveRequired(ValidationContext context)
    {
        var map = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = directive.Arguments.Where(a => a.IsRequired()).Select(a => (a.Name, a.Type.ToString()!)).ToList();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                map[directiveDefinition.Name.Value] = directiveDefinition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, AstPrinter.Print(a.Type)))
                    .ToList();
            }
        }

        return map;
    }
}
