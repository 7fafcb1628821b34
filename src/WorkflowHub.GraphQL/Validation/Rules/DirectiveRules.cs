using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Directive];
    private Dictionary<string, IReadOnlyCollection<string>>? _locations;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        _locations ??= BuildLocations(context);
        var directive = (DirectiveNode)node;
        var name = directive.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return true;
        }

        var candidate = context.DirectiveLocation;
        if (candidate is not null && !locations.Contains(candidate))
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", node);
        }

        return true;
    }

    private static Dictionary<string, IReadOnlyCollection<string>> BuildLocations(ValidationContext context)
    {
        var map = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = directive.Locations.Select(l => l.ToSdlName()).ToArray();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                map[directiveDefinition.Name.Value] = directiveDefinition.Locations.Select(l => l.Value).ToArray();
            }
        }

        return map;
    }
}

/// <summary>Spec 5.7.3 Directives Are Unique Per Location (repeatable directives excepted).</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds =
    [
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeDefinition, SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeDefinition, SyntaxKind.InputObjectTypeExtension,
        SyntaxKind.FieldDefinition, SyntaxKind.InputValueDefinition, SyntaxKind.EnumValueDefinition,
    ];

    private Dictionary<string, bool>? _unique;
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is not IHasDirectives { Directives: { Count: > 0 } directives })
        {
            return true;
        }

        Dictionary<string, DirectiveNode>? seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives ??= new(StringComparer.Ordinal);
                break;
            case ITypeDefinitionNode or ITypeExtensionNode:
                var typeName = node is ITypeDefinitionNode definition ? definition.Name.Value : ((ITypeExtensionNode)node).Name.Value;
                _typeDirectives ??= new(StringComparer.Ordinal);
                if (!_typeDirectives.TryGetValue(typeName, out seen))
                {
                    seen = new(StringComparer.Ordinal);
                    _typeDirectives[typeName] = seen;
                }

                break;
            default:
                if (directives.Count < 2)
                {
                    return true;
                }

                seen = null;
                break;
        }

        _unique ??= BuildUniqueness(context);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_unique.TryGetValue(name, out var isUnique) || !isUnique)
            {
                continue;
            }

            seen ??= new(StringComparer.Ordinal);
            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", [first, directive]);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private static Dictionary<string, bool> BuildUniqueness(ValidationContext context)
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                map[directiveDefinition.Name.Value] = !directiveDefinition.IsRepeatable;
            }
        }

        return map;
    }
}
