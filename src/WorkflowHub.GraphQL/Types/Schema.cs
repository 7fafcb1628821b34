using System.Diagnostics.CodeAnalysis;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types.Introspection;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// An immutable GraphQL schema: root types, the type map, directives and the subtype relations
/// validation and execution ask about.
/// <para>
/// Type map order (also the order of <c>__schema.types</c> and of printed SDL) is graphql-js's:
/// the configured <see cref="SchemaConfiguration.Types"/> in their order, each followed by the
/// not-yet-seen types it references (depth first: interfaces, then each field's type and
/// arguments), then types reached from the query, mutation and subscription roots and from
/// directive arguments, then the introspection types. A schema built from SDL therefore lists
/// types in definition order.
/// </para>
/// Create with <see cref="Create"/> (validates, throws <see cref="SchemaValidationException"/>)
/// or with the constructor plus <see cref="Validate"/>; from SDL use <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<INamedType> _types = [];
    private readonly Dictionary<string, DirectiveType> _directiveMap = new(StringComparer.Ordinal);
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new();
    private readonly Dictionary<IAbstractType, HashSet<INamedType>> _subTypes = new();
    private IReadOnlyList<SchemaError>? _validationErrors;

    /// <summary>Assembles the schema and seals its types. Does not validate; call <see cref="Validate"/>.</summary>
    public Schema(SchemaConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        QueryType = configuration.Query;
        MutationType = configuration.Mutation;
        SubscriptionType = configuration.Subscription;
        Description = configuration.Description;
        SyntaxNode = configuration.SyntaxNode;
        ExtensionSyntaxNodes = configuration.ExtensionSyntaxNodes;
        Directives = configuration.Directives?.ToList() ?? BuiltInDirectives.All.ToList();

        var collected = new OrderedTypeSet();
        foreach (var type in configuration.Types)
        {
            collected.Add(type);
        }

        foreach (var type in configuration.Types)
        {
            collected.Remove(type);
            Collect(type, collected);
        }

        if (QueryType is not null)
        {
            Collect(QueryType, collected);
        }

        if (MutationType is not null)
        {
            Collect(MutationType, collected);
        }

        if (SubscriptionType is not null)
        {
            Collect(SubscriptionType, collected);
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type, collected);
            }
        }

        Collect(IntrospectionTypes.Schema, collected);

        foreach (var type in collected.Items)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                throw new SchemaValidationException([
                    new SchemaError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."),
                ]);
            }

            _types.Add(type);
            if (type is ComplexOutputType complex)
            {
                foreach (var implemented in complex.Interfaces)
                {
                    if (!_implementations.TryGetValue(implemented, out var entry))
                    {
                        entry = ([], []);
                        _implementations[implemented] = entry;
                    }

                    if (complex is ObjectType obj)
                    {
                        entry.Objects.Add(obj);
                    }
                    else
                    {
                        entry.Interfaces.Add((InterfaceType)complex);
                    }
                }
            }
        }

        foreach (var directive in Directives)
        {
            _directiveMap.TryAdd(directive.Name, directive);
        }

        foreach (var type in _types)
        {
            Complete(type);
            if (type is UnionType union)
            {
                _subTypes[union] = new HashSet<INamedType>(union.Types);
            }
            else if (type is InterfaceType interfaceType)
            {
                var (objects, interfaces) = GetImplementations(interfaceType);
                _subTypes[interfaceType] = new HashSet<INamedType>(objects.Concat<INamedType>(interfaces));
            }
        }
    }

    /// <summary>Builds and validates a schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public static Schema Create(SchemaConfiguration configuration)
    {
        var schema = new Schema(configuration);
        var errors = schema.Validate();
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        return schema;
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in type map order (see the class remarks), introspection types included.</summary>
    public IReadOnlyList<INamedType> Types => _types;

    public IReadOnlyList<DirectiveType> Directives { get; }

    public ISyntaxNode? SyntaxNode { get; }

    public IReadOnlyList<ISyntaxNode> ExtensionSyntaxNodes { get; }

    /// <summary>The type with that name, or null.</summary>
    public INamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public bool TryGetType<T>(string name, [MaybeNullWhen(false)] out T type)
        where T : INamedType
    {
        if (_typeMap.TryGetValue(name, out var found) && found is T typed)
        {
            type = typed;
            return true;
        }

        type = default;
        return false;
    }

    /// <summary>The type a type reference of a document names (graphql-js <c>typeFromAST</c>); null when a named type is unknown.</summary>
    public IType? GetTypeFromAst(ITypeNode node) => node switch
    {
        NonNullTypeNode nonNull => GetTypeFromAst(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => GetTypeFromAst(list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => GetType(named.Name.Value),
        _ => null,
    };

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/> (graphql-js <c>getFieldDef</c>):
    /// <c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> on any object, interface or
    /// union, otherwise the type's own field; null when there is none.
    /// </summary>
    public OutputField? GetFieldDefinition(INamedType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__schema" when ReferenceEquals(parentType, QueryType):
                return IntrospectionTypes.SchemaField;
            case "__type" when ReferenceEquals(parentType, QueryType):
                return IntrospectionTypes.TypeField;
            case "__typename" when parentType is ObjectType or InterfaceType or UnionType:
                return IntrospectionTypes.TypeNameField;
        }

        return parentType is IComplexOutputType complex && complex.Fields.TryGetField(fieldName, out var field) ? field : null;
    }

    /// <summary>The directive with that name, or null.</summary>
    public DirectiveType? GetDirective(string name) => _directiveMap.GetValueOrDefault(name);

    /// <summary>The root type for an operation kind, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>Object types a value of the abstract type can be: a union's members or an interface's implementing objects.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType interfaceType => GetImplementations(interfaceType).Objects,
        _ => [],
    };

    /// <summary>Objects and interfaces that declare they implement <paramref name="interfaceType"/>, in type map order.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var entry) ? (entry.Objects, entry.Interfaces) : ([], []);

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, INamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>Type-system validation (cached): every rule of the spec's type validation, with graphql-js messages.</summary>
    public IReadOnlyList<SchemaError> Validate() => _validationErrors ??= SchemaValidator.Validate(this);

    /// <summary>The schema as SDL, in graphql-js <c>printSchema</c> format.</summary>
    public override string ToString() => SchemaPrinter.Print(this);

    private static void Collect(IType type, OrderedTypeSet set)
    {
        var named = type.NamedType();
        if (!set.Add(named))
        {
            return;
        }

        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case ComplexOutputType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Collect(implemented, set);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type, set);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, set);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, set);
                }

                break;
        }
    }

    private void Complete(INamedType type)
    {
        switch (type)
        {
            case ObjectType obj:
                foreach (var field in obj.Fields)
                {
                    if (field.Resolver is null && field.SyncResolver is null)
                    {
                        field.UseResolver(DefaultFieldResolver.Instance);
                    }
                }

                break;
            case IAbstractType abstractType when abstractType.ResolveType is null:
                abstractType.ResolveType = (context, value) => DefaultTypeResolver.Resolve(context, value, abstractType);
                break;
        }

        if (type is NamedTypeBase named && !named.IsSealed)
        {
            named.Seal();
        }
    }

    /// <summary>An insertion-ordered set of types by identity.</summary>
    private sealed class OrderedTypeSet
    {
        private readonly HashSet<INamedType> _members = new(ReferenceEqualityComparer.Instance);

        public List<INamedType> Items { get; } = [];

        public bool Add(INamedType type)
        {
            if (!_members.Add(type))
            {
                return false;
            }

            Items.Add(type);
            return true;
        }

        public void Remove(INamedType type)
        {
            if (_members.Remove(type))
            {
                Items.Remove(type);
            }
        }
    }
}
