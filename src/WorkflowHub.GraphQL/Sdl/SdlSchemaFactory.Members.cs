using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Sdl;

/// <summary>Filling the built types with fields, arguments, members, values and directive definitions.</summary>
internal sealed partial class SdlSchemaFactory
{
    private static DirectiveLocation LocationOf(ISyntaxNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    private void Populate(INamedType type, ITypeDefinitionNode definition, List<ITypeExtensionNode> extensions)
    {
        var nodes = new List<IHasDirectives> { definition };
        nodes.AddRange(extensions);
        _directiveChecker.Check(nodes.SelectMany(n => n.Directives).ToList(), LocationOf(definition));

        switch (type)
        {
            case ScalarType scalar:
                // A declared scalar is described by its SDL alone, as in graphql-js: no @specifiedBy, no URL.
                if (!BuiltInScalars.IsSpecified(scalar) && !scalar.IsSealed)
                {
                    scalar.SpecifiedByUrl = (FindDirectiveArgument(nodes, "specifiedBy", "url") as StringValueNode)?.Value;
                }

                break;
            case ComplexOutputType complex:
                PopulateComplexType(complex, nodes.Cast<IComplexTypeDefinitionNode>());
                break;
            case UnionType union:
                foreach (var member in nodes.SelectMany(n => n is UnionTypeDefinitionNode d ? d.Types : ((UnionTypeExtensionNode)n).Types))
                {
                    switch (ResolveNamedType(member))
                    {
                        case ObjectType obj:
                            union.AddType(obj);
                            break;
                        case { } other:
                            Report($"Union type {union.Name} can only include Object types, it cannot include {other.Name}.", member);
                            break;
                    }
                }

                break;
            case EnumType enumType:
                PopulateEnum(enumType, nodes.SelectMany(n => n is EnumTypeDefinitionNode d ? d.Values : ((EnumTypeExtensionNode)n).Values));
                break;
            case InputObjectType input:
                input.IsOneOf = nodes.SelectMany(n => n.Directives).Any(d => d.Name.Value == "oneOf");
                foreach (var field in nodes.SelectMany(n => n is InputObjectTypeDefinitionNode d ? d.Fields : ((InputObjectTypeExtensionNode)n).Fields))
                {
                    if (input.Fields.ContainsField(field.Name.Value))
                    {
                        Report($"Field \"{input.Name}.{field.Name.Value}\" can only be defined once.", input.Fields[field.Name.Value].SyntaxNode, field.Name);
                        continue;
                    }

                    _directiveChecker.Check(field.Directives, DirectiveLocation.InputFieldDefinition);
                    _directiveChecker.CheckUniqueInputFields(field.DefaultValue);
                    if (ResolveType(field.Type) is not { } fieldType)
                    {
                        continue;
                    }

                    if (fieldType is not IInputType inputType || !fieldType.IsInputType())
                    {
                        Report($"The type of {input.Name}.{field.Name.Value} must be Input Type but got: {fieldType}.", field.Type);
                        continue;
                    }

                    input.AddField(new InputField(field.Name.Value, inputType, field.Description?.Value, field.DefaultValue)
                    {
                        DeprecationReason = DeprecationReason(field),
                        SyntaxNode = field,
                    });
                }

                break;
        }
    }

    private void PopulateComplexType(ComplexOutputType type, IEnumerable<IComplexTypeDefinitionNode> nodes)
    {
        var nodeList = nodes.ToList();
        foreach (var reference in nodeList.SelectMany(n => n.Interfaces))
        {
            switch (ResolveNamedType(reference))
            {
                case InterfaceType implemented:
                    type.AddInterface(implemented);
                    break;
                case { } other:
                    Report($"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}.", reference);
                    break;
            }
        }

        foreach (var definition in nodeList.SelectMany(n => n.Fields))
        {
            var name = definition.Name.Value;
            if (type.Fields.ContainsField(name))
            {
                Report($"Field \"{type.Name}.{name}\" can only be defined once.", type.Fields[name].SyntaxNode, definition.Name);
                continue;
            }

            _directiveChecker.Check(definition.Directives, DirectiveLocation.FieldDefinition);
            if (ResolveType(definition.Type) is not { } fieldType)
            {
                continue;
            }

            if (fieldType is not IOutputType outputType || !fieldType.IsOutputType())
            {
                Report($"The type of {type.Name}.{name} must be Output Type but got: {fieldType}.", definition.Type);
                continue;
            }

            var field = new OutputField(name, outputType, definition.Description?.Value)
            {
                DeprecationReason = DeprecationReason(definition),
                SyntaxNode = definition,
            };
            foreach (var argument in BuildArguments(definition.Arguments, $"{type.Name}.{name}"))
            {
                field.AddArgument(argument);
            }

            type.AddField(field);
        }
    }

    private List<Argument> BuildArguments(IReadOnlyList<InputValueDefinitionNode> definitions, string owner)
    {
        var arguments = new List<Argument>();
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            if (arguments.Any(a => a.Name == name))
            {
                Report($"Argument \"{owner}({name}:)\" can only be defined once.", definition.Name);
                continue;
            }

            _directiveChecker.Check(definition.Directives, DirectiveLocation.ArgumentDefinition);
            _directiveChecker.CheckUniqueInputFields(definition.DefaultValue);
            if (ResolveType(definition.Type) is not { } argumentType)
            {
                continue;
            }

            if (argumentType is not IInputType inputType || !argumentType.IsInputType())
            {
                Report($"The type of {owner}({name}:) must be Input Type but got: {argumentType}.", definition.Type);
                continue;
            }

            arguments.Add(new Argument(name, inputType, definition.Description?.Value, definition.DefaultValue)
            {
                DeprecationReason = DeprecationReason(definition),
                SyntaxNode = definition,
            });
        }

        return arguments;
    }

    private void PopulateEnum(EnumType enumType, IEnumerable<EnumValueDefinitionNode> values)
    {
        var clrEnum = _enumBindings.GetValueOrDefault(enumType.Name);
        foreach (var definition in values)
        {
            var name = definition.Name.Value;
            if (enumType.Values.ContainsField(name))
            {
                Report($"Enum value \"{enumType.Name}.{name}\" can only be defined once.", enumType.Values[name].SyntaxNode, definition.Name);
                continue;
            }

            _directiveChecker.Check(definition.Directives, DirectiveLocation.EnumValue);
            object? runtimeValue = null;
            if (clrEnum is not null)
            {
                runtimeValue = Enum.GetNames(clrEnum)
                    .Where(member => string.Equals(member.Replace("_", ""), name.Replace("_", ""), StringComparison.OrdinalIgnoreCase))
                    .Select(member => Enum.Parse(clrEnum, member))
                    .FirstOrDefault();
                if (runtimeValue is null)
                {
                    Report($"Enum value \"{enumType.Name}.{name}\" has no member in the bound CLR enum {clrEnum.Name}.", definition.Name);
                }
            }

            enumType.AddValue(new EnumValue(name, runtimeValue, definition.Description?.Value)
            {
                DeprecationReason = DeprecationReason(definition),
                SyntaxNode = definition,
            });
        }
    }

    private void BuildDirectives()
    {
        foreach (var definition in _directiveDefinitions)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in definition.Locations)
            {
                if (DirectiveLocations.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
            }

            var directive = new DirectiveType(definition.Name.Value, locations, definition.IsRepeatable, definition.Description?.Value)
            {
                SyntaxNode = definition,
            };
            _directives[directive.Name] = directive;
        }

        // Arguments are added once every directive exists, since argument definitions may use directives themselves.
        foreach (var definition in _directiveDefinitions)
        {
            var directive = _directives[definition.Name.Value];
            foreach (var argument in BuildArguments(definition.Arguments, "@" + directive.Name))
            {
                directive.AddArgument(argument);
            }
        }
    }

    /// <summary>Defaults that do not coerce to their type count as absent, as in graphql-js's buildASTSchema.</summary>
    private void DropInvalidDefaultValues()
    {
        var inputValues = _types.Values.SelectMany(type => type switch
            {
                ComplexOutputType complex => complex.Fields.SelectMany(f => f.Arguments).Cast<InputValue>(),
                InputObjectType input => input.Fields,
                _ => [],
            })
            .Concat(_directives.Values.SelectMany(d => d.Arguments));
        foreach (var value in inputValues.ToList())
        {
            if (value.DefaultValue is { } literal && !InputCoercion.TryCoerceLiteral(literal, value.Type, null, out _))
            {
                value.DropDefaultValue();
            }
        }
    }

    /// <summary>A second definition of a type name still has its members checked against the first, as graphql-js does.</summary>
    private void CheckMembersOfDuplicate(ITypeDefinitionNode original, ITypeDefinitionNode duplicate)
    {
        static IEnumerable<NameNode> Members(ITypeDefinitionNode node) => node switch
        {
            IComplexTypeDefinitionNode complex => complex.Fields.Select(f => f.Name),
            InputObjectTypeDefinitionNode input => input.Fields.Select(f => f.Name),
            EnumTypeDefinitionNode enumType => enumType.Values.Select(v => v.Name),
            _ => [],
        };

        var seen = Members(original).Select(n => n.Value).ToHashSet();
        var label = duplicate is EnumTypeDefinitionNode ? "Enum value" : "Field";
        foreach (var member in Members(duplicate))
        {
            if (!seen.Add(member.Value))
            {
                Report($"{label} \"{duplicate.Name.Value}.{member.Value}\" can only be defined once.", member);
            }
        }
    }

    private string? DeprecationReason(IHasDirectives node)
    {
        var deprecated = node.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : BuiltInDirectives.DefaultDeprecationReason;
    }

    private static IValueNode? FindDirectiveArgument(IEnumerable<IHasDirectives> nodes, string directiveName, string argumentName) =>
        nodes.SelectMany(n => n.Directives)
            .Where(d => d.Name.Value == directiveName)
            .SelectMany(d => d.Arguments)
            .FirstOrDefault(a => a.Name.Value == argumentName)?.Value;
}
