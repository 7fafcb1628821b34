using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// Creates the types of code-first registrations: definitions first (names known, fields not yet),
/// then each type is completed, resolving type references and inferring the CLR types they name, so
/// types may refer to each other in any order. Types defined in SDL are found by name and extended.
/// </summary>
internal sealed partial class CodeFirstTypeFactory : ICodeFirstTypes
{
    private readonly Func<string, INamedType?> _sdlTypes;
    private readonly IReadOnlyDictionary<string, ScalarType> _addedScalars;
    private readonly ResolverCompiler _compiler;
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, INamedType> _outputByClr = [];
    private readonly Dictionary<Type, INamedType> _inputByClr = [];
    private readonly Dictionary<Type, INamedType> _byDefinitionClass = [];
    private readonly Dictionary<INamedType, NamedTypeDefinition> _definitions = new(ReferenceEqualityComparer.Instance);
    private readonly Queue<INamedType> _pending = new();
    private readonly List<ComplexTypeDefinition> _extensions = [];
    private readonly Dictionary<InputObjectType, InputObjectBinding> _inputBindings = [];

    public CodeFirstTypeFactory(Func<string, INamedType?> sdlTypes, IReadOnlyDictionary<string, ScalarType> addedScalars, IReadOnlyList<IParameterBinder> binders)
    {
        _sdlTypes = sdlTypes;
        _addedScalars = addedScalars;
        _compiler = new ResolverCompiler(binders);
    }

    public List<SchemaError> Errors { get; } = [];

    /// <summary>Types registered explicitly, in registration order (they lead the type map).</summary>
    public List<INamedType> Registered { get; } = [];

    /// <summary>A type class (<c>ObjectType&lt;T&gt;</c>...), an extension class, or a CLR class, enum or interface.</summary>
    public void AddType(Type type)
    {
        if (ExtensionTarget(type) is not null || typeof(ObjectTypeExtension).IsAssignableFrom(type) || IsGenericSubclass(type, typeof(ObjectTypeExtension<>)))
        {
            AddExtension(type);
            return;
        }

        var named = typeof(TypeDefinitionBase).IsAssignableFrom(type) ? FromDefinitionClass(type) : NamedFor(type, input: false);
        if (!Registered.Contains(named))
        {
            Registered.Add(named);
        }
    }

    public void AddType(INamedType type)
    {
        Register(type, null);
        if (!Registered.Contains(type))
        {
            Registered.Add(type);
        }
    }

    /// <summary>An <c>[ExtendObjectType]</c> class, or an <c>ObjectTypeExtension</c> class.</summary>
    public void AddExtension(Type type)
    {
        if (typeof(TypeDefinitionBase).IsAssignableFrom(type))
        {
            var definition = (ComplexTypeDefinition)CreateDefinitionInstance(type).CreateDefinition();
            if (definition.ExtendsName is null && definition.ExtendsType is null)
            {
                throw new InvalidOperationException($"{type.Name} must name the type it extends with descriptor.Name(...).");
            }

            _extensions.Add(definition);
            return;
        }

        var target = ExtensionTarget(type)
                     ?? throw new InvalidOperationException($"{type.Name} is not a type extension: mark it [ExtendObjectType(...)], [QueryType], [MutationType] or [SubscriptionType].");
        var extension = TypeInference.Complex(type, TypeKind.Object);
        extension.ResolverClass = type;
        extension.ExtendsName = target.Name;
        extension.ExtendsType = target.ExtendsType;
        _extensions.Add(extension);
    }

    /// <summary>A root type: from a type class, a CLR class whose members become fields, or a descriptor.</summary>
    public ObjectType AddRoot(string name, Type? type, Action<IObjectTypeDescriptor>? configure)
    {
        ComplexTypeDefinition definition;
        if (type is not null && typeof(TypeDefinitionBase).IsAssignableFrom(type))
        {
            definition = (ComplexTypeDefinition)CreateDefinitionInstance(type).CreateDefinition();
        }
        else if (type is not null)
        {
            definition = TypeInference.Complex(type, TypeKind.Object);
        }
        else
        {
            definition = new ComplexTypeDefinition { BindImplicitly = false };
        }

        definition.Name ??= name;
        definition.ResolverClass ??= definition.RuntimeType;
        configure?.Invoke(new ComplexTypeDescriptor(definition));
        if (_sdlTypes(definition.Name) is ObjectType sdlRoot)
        {
            definition.ExtendsName = definition.Name;
            _extensions.Add(definition);
            return sdlRoot;
        }

        var root = (ObjectType)Create(definition);
        if (type is not null && typeof(TypeDefinitionBase).IsAssignableFrom(type))
        {
            _byDefinitionClass[type] = root;
        }

        return root;
    }

    /// <summary>Completes every type reached so far (and those reached while doing so), then links interfaces and unions.</summary>
    public void Complete()
    {
        EnsureExtensionTargets();
        CompletePending();
        InferExtendedTypes();
        CompletePending();
        ApplySdlExtensions();
        LinkAbstractTypes();
    }

    private void CompletePending()
    {
        while (_pending.Count > 0)
        {
            var type = _pending.Dequeue();
            try
            {
                CompleteType(type);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or GraphQLSyntaxException or CoercionException)
            {
                Errors.Add(new SchemaError($"{type.Name}: {e.Message}"));
            }
        }
    }

    public IOutputType ResolveOutput(TypeReference reference) =>
        Resolve(reference, input: false) as IOutputType
        ?? throw new InvalidOperationException($"{reference} is not an output type.");

    public IInputType ResolveInput(TypeReference reference) =>
        Resolve(reference, input: true) as IInputType
        ?? throw new InvalidOperationException($"{reference} is not an input type.");

    public INamedType? Find(string name)
    {
        if (_byName.TryGetValue(name, out var type))
        {
            return type;
        }

        if (_sdlTypes(name) is { } sdl)
        {
            return sdl;
        }

        return BuiltInScalars.GetSpecified(name) is not null || _addedScalars.ContainsKey(name) || name is "DateTime" or "Long" or "UUID" or "JSON"
            ? Scalar(name)
            : null;
    }

    public T GetOrAdd<T>(string name, Func<T> create)
        where T : INamedType
    {
        if (Find(name) is { } existing)
        {
            return existing is T typed ? typed : throw new InvalidOperationException($"A type named {name} exists but is a {existing.GetType().Name}.");
        }

        var created = create();
        Register(created, null);
        return created;
    }

    public ScalarType Scalar(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known as ScalarType ?? throw new InvalidOperationException($"{name} is not a scalar.");
        }

        var scalar = _sdlTypes(name) as ScalarType
                     ?? _addedScalars.GetValueOrDefault(name)
                     ?? BuiltInScalars.GetSpecified(name)
                     ?? BuiltInScalars.CreateExtended().FirstOrDefault(s => s.Name == name)
                     ?? throw new InvalidOperationException($"There is no scalar named {name}; add it with AddScalar.");
        _byName[name] = scalar;
        return scalar;
    }

    private IType Resolve(TypeReference reference, bool input) => reference switch
    {
        InstanceTypeReference instance => Adopt(instance.Type),
        ClassTypeReference classReference => FromClass(classReference.Type, input),
        ShapeTypeReference shape => FromShape(shape.Shape, input, null),
        IdTypeReference id => FromShape(id.Shape, input, Scalar("ID")),
        SyntaxTypeReference syntax => FromSyntax(syntax.Node),
        _ => throw new InvalidOperationException($"Unknown type reference {reference}."),
    };

    private IType Adopt(IType type)
    {
        var named = type.NamedType();
        if (!_byName.ContainsKey(named.Name) && _sdlTypes(named.Name) is null)
        {
            Register(named, null);
        }

        return type;
    }

    private IType FromClass(Type type, bool input)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(NonNullType<>))
        {
            var inner = FromClass(type.GetGenericArguments()[0], input);
            return inner as NonNullType ?? new NonNullType(inner);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ListType<>))
        {
            return new ListType(FromClass(type.GetGenericArguments()[0], input));
        }

        if (typeof(ScalarType).IsAssignableFrom(type))
        {
            var instance = (ScalarType)Activator.CreateInstance(type)!;
            return Find(instance.Name) as ScalarType ?? Register(instance, null);
        }

        if (typeof(TypeDefinitionBase).IsAssignableFrom(type))
        {
            return FromDefinitionClass(type);
        }

        return FromShape(ClrTypeShape.Of(type), input, null);
    }

    private IType FromShape(ClrTypeShape shape, bool input, INamedType? named)
    {
        IType type = shape.Element is { } element ? new ListType(FromShape(element, input, named)) : named ?? NamedFor(shape.NamedType, input);
        return shape.IsNullable ? type : new NonNullType(type);
    }

    private IType FromSyntax(ITypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(FromSyntax(nonNull.Type)),
        ListTypeNode list => new ListType(FromSyntax(list.Type)),
        NamedTypeNode named => Find(named.Name.Value) ?? throw new InvalidOperationException($"Unknown type \"{named.Name.Value}\"."),
        _ => throw new InvalidOperationException($"Unknown type syntax {node}."),
    };

    /// <summary>The named type for a CLR type: registered, a scalar, or inferred (enum, interface, object, input object).</summary>
    private INamedType NamedFor(Type clr, bool input)
    {
        if ((input ? _inputByClr : _outputByClr).TryGetValue(clr, out var known))
        {
            return known;
        }

        if (TypeInference.ScalarName(clr) is { } scalar)
        {
            return Scalar(scalar);
        }

        if (clr.IsEnum)
        {
            return Create(TypeInference.Enum(clr));
        }

        if (input)
        {
            if (clr.IsInterface || clr.IsAbstract)
            {
                throw new InvalidOperationException($"{clr.Name} cannot be an input type: it is abstract.");
            }

            return Create(TypeInference.InputObject(clr));
        }

        return Create(TypeInference.Complex(clr, clr.IsInterface ? TypeKind.Interface : TypeKind.Object));
    }

    private INamedType FromDefinitionClass(Type type)
    {
        if (_byDefinitionClass.TryGetValue(type, out var known))
        {
            return known;
        }

        var named = Create(CreateDefinitionInstance(type).CreateDefinition());
        _byDefinitionClass[type] = named;
        return named;
    }

    private static TypeDefinitionBase CreateDefinitionInstance(Type type) =>
        type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null
            ? throw new InvalidOperationException($"{type.Name} needs a public parameterless constructor to be used as a type.")
            : (TypeDefinitionBase)Activator.CreateInstance(type)!;

    /// <summary>Creates the (empty) type of a definition and queues it for completion.</summary>
    private INamedType Create(NamedTypeDefinition definition)
    {
        INamedType type = definition switch
        {
            ComplexTypeDefinition { Kind: TypeKind.Interface } complex => new InterfaceType(NameOf(complex, TypeKind.Interface), complex.Description),
            ComplexTypeDefinition complex => new ObjectType(NameOf(complex, TypeKind.Object), complex.Description),
            EnumTypeDefinition enumDefinition => CreateEnum(enumDefinition),
            InputObjectTypeDefinition input => new InputObjectType(NameOf(input, TypeKind.InputObject), input.Description),
            UnionTypeDefinition union => new UnionType(NameOf(union, TypeKind.Union), union.Description),
            _ => throw new InvalidOperationException($"Unknown definition {definition.GetType().Name}."),
        };
        Register(type, definition);
        _pending.Enqueue(type);
        return type;
    }

    private static string NameOf(NamedTypeDefinition definition, TypeKind kind) =>
        definition.Name ??= definition.RuntimeType is { } runtime
            ? Naming.TypeName(runtime, kind)
            : throw new InvalidOperationException("A type without a runtime type needs a name: call descriptor.Name(...).");

    private static EnumType CreateEnum(EnumTypeDefinition definition)
    {
        var type = new EnumType(NameOf(definition, TypeKind.Enum), definition.Description);
        foreach (var value in definition.Values)
        {
            if (!value.IsIgnored)
            {
                type.AddValue(new EnumValue(value.Name, value.Value, value.Description) { DeprecationReason = value.DeprecationReason });
            }
        }

        return type;
    }

    private INamedType Register(INamedType type, NamedTypeDefinition? definition)
    {
        if (_byName.TryGetValue(type.Name, out var existing) && !ReferenceEquals(existing, type))
        {
            throw new InvalidOperationException(
                $"Two types are named \"{type.Name}\"" + (definition?.RuntimeType is { } clr ? $" (one inferred from {clr.Name})" : "") +
                ". Rename one with [GraphQLName] or descriptor.Name(...).");
        }

        if (_sdlTypes(type.Name) is { } sdl && !ReferenceEquals(sdl, type))
        {
            throw new InvalidOperationException($"The type \"{type.Name}\" is defined in SDL already; extend it instead of defining it again.");
        }

        _byName[type.Name] = type;
        if (definition is not null)
        {
            _definitions[type] = definition;
            if (definition.RuntimeType is { } runtime && definition is not UnionTypeDefinition)
            {
                if (definition is InputObjectTypeDefinition or EnumTypeDefinition)
                {
                    _inputByClr.TryAdd(runtime, type);
                }

                if (definition is not InputObjectTypeDefinition)
                {
                    _outputByClr.TryAdd(runtime, type);
                }
            }
        }

        return type;
    }

    private static ExtendObjectTypeAttribute? ExtensionTarget(Type type) =>
        (ExtendObjectTypeAttribute?)Attribute.GetCustomAttribute(type, typeof(ExtendObjectTypeAttribute), inherit: true);

    private static bool IsGenericSubclass(Type type, Type genericDefinition)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == genericDefinition)
            {
                return true;
            }
        }

        return false;
    }
}
