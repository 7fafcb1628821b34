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
internal sealed partial class SdlSchemaFactory
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
            new SdlOrphanNodeChecker(this, _directiveChecker).Walk(orphan);
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

    internal INamedType? ResolveNamedType(NamedTypeNode node)
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
}
