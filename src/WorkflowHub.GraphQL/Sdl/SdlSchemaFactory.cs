using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Scalars;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Sdl;

/// <summary>
/// Turns SDL definitions into configured types, the way graphql-js's <c>buildASTSchema</c> does,
/// collecting SDL errors (unknown and duplicate names, wrong type positions, misplaced directives)
/// instead of stopping at the first.
/// </summary>
internal sealed class SdlSchemaFactory
{
    private readonly Dictionary<string, ScalarType> _scalarImplementations;
    private readonly Dictionary<string, Type> _enumBindings;
    private readonly Dictionary<string, ScalarType> _extendedScalars;
    private readonly Dictionary<string, ITypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ITypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
    private readonly List<INamedType> _definitionOrder = [];
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly Dictionary<string, DirectiveType> _directives = new(StringComparer.Ordinal);
    private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly SdlDirectiveChecker _directiveChecker;
    private readonly List<IExecutableDefinitionNode> _executableDefinitions = [];
    private readonly List<ITypeDefinitionNode> _duplicateDefinitions = [];

    public SdlSchemaFactory(
        IReadOnlyList<DocumentNode> documents,
        Dictionary<string, ScalarType> scalarImplementations,
        Dictionary<string, Type> enumBindings)
    {
        _scalarImplementations = scalarImplementations;
        _enumBindings = enumBindings;
        _extendedScalars = BuiltInScalars.CreateExtended().ToDictionary(s => s.Name);
        _directiveChecker = new SdlDirectiveChecker(this);
        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            Collect(definition);
        }
    }

    public List<SchemaError> Errors { get; } = [];

    public void Report(string message, params ISyntaxNode?[] nodes) =>
        Errors.Add(new SchemaError(message, nodes.Where(n => n is not null).Cast<ISyntaxNode>().ToList()));

    /// <summary>A type built from the SDL (or a scalar it references), by name.</summary>
    public INamedType? FindType(string name) => _types.GetValueOrDefault(name);

    public DirectiveType? FindDirective(string name) => _directives.GetValueOrDefault(name);

    public SchemaConfiguration CreateConfiguration()
    {
        foreach (var (name, definition) in _definitions)
        {
            var type = CreateShell(definition);
            _types[name] = type;
            if (!BuiltInScalars.IsSpecified(type))
            {
                _definitionOrder.Add(type);
            }
        }

        BuildDirectives();
        foreach (var orphan in _executableDefinitions.Cast<ISyntaxNode>().Concat(_duplicateDefinitions))
        {
            new OrphanNodeChecker(this, _directiveChecker).Walk(orphan);
        }

        foreach (var duplicate in _duplicateDefinitions)
        {
            CheckMembersOfDuplicate(_definitions[duplicate.Name.Value], duplicate);
        }

        foreach (var (name, extensions) in _extensions)
        {
            if (!_definitions.ContainsKey(name))
            {
                var suggestions = Suggestions.For(name, _definitions.Keys);
                foreach (var extension in extensions)
                {
                    Report($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(suggestions), extension.Name);
                    _directiveChecker.Check(extension.Directives, LocationOf(extension));
                }
            }
        }

        foreach (var (name, definition) in _definitions)
        {
            var extensions = _extensions.GetValueOrDefault(name) ?? [];
            if (!CheckExtensionKinds(definition, extensions))
            {
                continue;
            }

            Populate(_types[name], definition, extensions);
        }

        DropInvalidDefaultValues();
        var configuration = new SchemaConfiguration
        {
            Types = _definitionOrder,
            Directives = _directives.Values.Concat(BuiltInDirectives.All.Where(d => !_directives.ContainsKey(d.Name))).ToList(),
        };
        ConfigureRoots(configuration);
        return configuration;
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

    private void Collect(IDefinitionNode definition)
    {
        switch (definition)
        {
            case ITypeDefinitionNode typeDefinition:
                if (!_definitions.TryAdd(typeDefinition.Name.Value, typeDefinition))
                {
                    Report($"There can be only one type named \"{typeDefinition.Name.Value}\".", _definitions[typeDefinition.Name.Value].Name, typeDefinition.Name);
                    _duplicateDefinitions.Add(typeDefinition);
                }

                break;
            case ITypeExtensionNode extension:
                if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                {
                    _extensions[extension.Name.Value] = list = [];
                }

                list.Add(extension);
                break;
            case DirectiveDefinitionNode directive:
                if (_directiveDefinitions.Any(d => d.Name.Value == directive.Name.Value))
                {
                    Report($"There can be only one directive named \"@{directive.Name.Value}\".", directive.Name);
                }
                else
                {
                    _directiveDefinitions.Add(directive);
                }

                break;
            case SchemaDefinitionNode schema:
                if (_schemaDefinitions.Count > 0)
                {
                    Report("Must provide only one schema definition.", schema);
                }

                _schemaDefinitions.Add(schema);
                break;
            case SchemaExtensionNode schemaExtension:
                _schemaExtensions.Add(schemaExtension);
                break;
            case IExecutableDefinitionNode executable:
                // graphql-js builds schemas ignoring operations and fragments, but its SDL rules still check them.
                _executableDefinitions.Add(executable);
                break;
        }
    }

    private INamedType CreateShell(ITypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        NamedTypeBase type = definition switch
        {
            ScalarTypeDefinitionNode => BuiltInScalars.GetSpecified(name) is { } specified
                ? specified
                : _scalarImplementations.GetValueOrDefault(name) ?? _extendedScalars.GetValueOrDefault(name) ?? new AnyScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };

        if (!type.IsSealed && !BuiltInScalars.IsSpecified(type))
        {
            // A declared scalar takes its description from the SDL, even when that is none.
            type.Description = description;
            type.SyntaxNode = definition;
            type.ExtensionSyntaxNodes = _extensions.GetValueOrDefault(name)?.Cast<ISyntaxNode>().ToList() ?? [];
        }

        return type;
    }

    private bool CheckExtensionKinds(ITypeDefinitionNode definition, List<ITypeExtensionNode> extensions)
    {
        var ok = true;
        foreach (var extension in extensions)
        {
            var matches = (definition, extension) switch
            {
                (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
                (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
                (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
                (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
                (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
                (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
                _ => false,
            };
            if (!matches)
            {
                var kind = extension switch
                {
                    ScalarTypeExtensionNode => "scalar",
                    ObjectTypeExtensionNode => "object",
                    InterfaceTypeExtensionNode => "interface",
                    UnionTypeExtensionNode => "union",
                    EnumTypeExtensionNode => "enum",
                    _ => "input object",
                };
                Report($"Cannot extend non-{kind} type \"{definition.Name.Value}\".", definition, extension);
                _directiveChecker.Check(extension.Directives, LocationOf(extension));
                ok = false;
            }
        }

        return ok;
    }

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

    private void ConfigureRoots(SchemaConfiguration configuration)
    {
        var schemaNodes = _schemaDefinitions.Cast<IHasDirectives>().Concat(_schemaExtensions).ToList();
        _directiveChecker.Check(schemaNodes.SelectMany(n => n.Directives).ToList(), DirectiveLocation.Schema);
        var operationTypes = _schemaDefinitions.SelectMany(s => s.OperationTypes)
            .Concat(_schemaExtensions.SelectMany(s => s.OperationTypes))
            .ToList();
        configuration.Description = _schemaDefinitions.FirstOrDefault()?.Description?.Value;
        configuration.SyntaxNode = _schemaDefinitions.FirstOrDefault();
        configuration.ExtensionSyntaxNodes = _schemaExtensions;

        if (_schemaDefinitions.Count == 0 && _schemaExtensions.Count == 0)
        {
            configuration.Query = FindType("Query") as ObjectType;
            configuration.Mutation = FindType("Mutation") as ObjectType;
            configuration.Subscription = FindType("Subscription") as ObjectType;
            return;
        }

        var seen = new HashSet<OperationType>();
        foreach (var operationType in operationTypes)
        {
            if (!seen.Add(operationType.Operation))
            {
                Report($"There can be only one {operationType.Operation.ToKeyword()} type in schema.", operationType);
                continue;
            }

            var root = ResolveNamedType(operationType.Type);
            if (root is null)
            {
                continue;
            }

            if (root is not ObjectType obj)
            {
                var label = operationType.Operation switch
                {
                    OperationType.Query => "Query root type must be Object type, it cannot be ",
                    OperationType.Mutation => "Mutation root type must be Object type if provided, it cannot be ",
                    _ => "Subscription root type must be Object type if provided, it cannot be ",
                };
                Report(label + root.Name + ".", operationType.Type);
                continue;
            }

            switch (operationType.Operation)
            {
                case OperationType.Query:
                    configuration.Query = obj;
                    break;
                case OperationType.Mutation:
                    configuration.Mutation = obj;
                    break;
                default:
                    configuration.Subscription = obj;
                    break;
            }
        }
    }

    private IType? ResolveType(ITypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => ResolveType(list.Type) is { } item ? new ListType(item) : null,
        _ => ResolveNamedType((NamedTypeNode)node),
    };

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

    /// <summary>
    /// Applies graphql-js's SDL rules to nodes that are not built: operations and fragments found in SDL,
    /// and repeated type definitions. Checks known types, directive placement and arguments.
    /// </summary>
    private sealed class OrphanNodeChecker(SdlSchemaFactory factory, SdlDirectiveChecker directives) : SyntaxWalker
    {
        protected override bool Enter(ISyntaxNode node)
        {
            if (node is NamedTypeNode named)
            {
                factory.ResolveNamedType(named);
            }

            if (node is IHasDirectives { Directives.Count: > 0 } owner && LocationOf(owner, Parent) is { } location)
            {
                directives.Check(owner.Directives, location);
            }

            if (node is VariableDefinitionNode variable)
            {
                directives.CheckUniqueInputFields(variable.DefaultValue);
            }

            if (node is InputValueDefinitionNode inputValue)
            {
                directives.CheckUniqueInputFields(inputValue.DefaultValue);
            }

            if (node is ArgumentNode argument && Parent is FieldNode)
            {
                directives.CheckUniqueInputFields(argument.Value);
            }

            return true;
        }

        private static DirectiveLocation? LocationOf(IHasDirectives owner, ISyntaxNode? parent) => owner switch
        {
            ScalarTypeDefinitionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode => DirectiveLocation.Object,
            InterfaceTypeDefinitionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode => DirectiveLocation.Enum,
            InputObjectTypeDefinitionNode => DirectiveLocation.InputObject,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputValueDefinitionNode => parent is InputObjectTypeDefinitionNode ? DirectiveLocation.InputFieldDefinition : DirectiveLocation.ArgumentDefinition,
            OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
            OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
            OperationDefinitionNode => DirectiveLocation.Subscription,
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            _ => null,
        };
    }

    private INamedType? ResolveNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        // Like graphql-js, only the spec scalars may be used undeclared; a scalar given to AddScalar may too.
        ScalarType? scalar = BuiltInScalars.GetSpecified(name) ?? _scalarImplementations.GetValueOrDefault(name);
        if (scalar is not null)
        {
            _types[name] = scalar;
            return scalar;
        }

        var known = _types.Keys.Concat(BuiltInScalars.Specified.Select(s => s.Name));
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.For(name, known)), node);
        return null;
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
