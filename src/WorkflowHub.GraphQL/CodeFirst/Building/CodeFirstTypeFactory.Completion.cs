using System.Reflection;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

internal sealed partial class CodeFirstTypeFactory
{
    private readonly Dictionary<OutputField, ObjectFieldDefinition> _fieldDefinitions = new(ReferenceEqualityComparer.Instance);

    /// <summary>The name of the subscription root, whose stream-returning methods become subscribers.</summary>
    public string SubscriptionTypeName { get; set; } = "Subscription";

    public bool HasExtensionFor(string name)
    {
        EnsureExtensionTargets();
        return _extensions.Exists(e => e.ExtendsName == name);
    }

    private void EnsureExtensionTargets()
    {
        foreach (var extension in _extensions)
        {
            // Extensions of CLR types are matched when their type is completed, so that a type class registered later still wins over inference.
            if (extension.ExtendsName is null && extension.ExtendsType is { } target && typeof(TypeDefinitionBase).IsAssignableFrom(target))
            {
                extension.ExtendsName = FromDefinitionClass(target).Name;
            }
        }
    }

    private void CompleteType(INamedType type)
    {
        if (!_definitions.TryGetValue(type, out var definition))
        {
            return;
        }

        switch (definition)
        {
            case ComplexTypeDefinition complex:
                CompleteComplex((ComplexOutputType)type, complex);
                break;
            case InputObjectTypeDefinition input:
                CompleteInputObject((InputObjectType)type, input);
                break;
            case UnionTypeDefinition union:
                CompleteUnion((UnionType)type, union);
                break;
        }
    }

    private void CompleteComplex(ComplexOutputType type, ComplexTypeDefinition definition)
    {
        var fields = new List<(ObjectFieldDefinition Field, ComplexTypeDefinition Owner)>();
        CollectFields(definition, fields);
        foreach (var extension in _extensions)
        {
            if (extension.ExtendsName is null && extension.ExtendsType is { } target && target == definition.RuntimeType && !ReferenceEquals(extension, definition))
            {
                extension.ExtendsName = type.Name;
            }

            if (extension.ExtendsName == type.Name && !ReferenceEquals(extension, definition))
            {
                CollectFields(extension, fields);
            }
        }

        foreach (var (field, owner) in fields)
        {
            AddField(type, field, owner);
        }

        foreach (var implemented in definition.Interfaces)
        {
            if (ResolveOutput(implemented).NamedType() is InterfaceType interfaceType)
            {
                type.AddInterface(interfaceType);
            }
            else
            {
                throw new InvalidOperationException($"{implemented} is not an interface type.");
            }
        }

        if (type is ObjectType obj)
        {
            obj.IsOfType = definition.IsOfType ?? RuntimeCheck(definition.RuntimeType);
        }
        else if (type is InterfaceType interfaceType && definition.ResolveAbstractType is { } resolveType)
        {
            interfaceType.ResolveType = resolveType;
        }
    }

    private static IsOfType? RuntimeCheck(Type? runtimeType) =>
        runtimeType is null || runtimeType == typeof(object) ? null : (_, value) => runtimeType.IsInstanceOfType(value);

    /// <summary>Explicit fields first, in configuration order, then inferred members not configured or ignored.</summary>
    private static void CollectFields(ComplexTypeDefinition definition, List<(ObjectFieldDefinition, ComplexTypeDefinition)> fields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<MemberInfo>();
        foreach (var field in definition.Fields)
        {
            names.Add(field.Name);
            if (field.Member is not null)
            {
                members.Add(field.Member);
            }

            fields.Add((field, definition));
        }

        if (!definition.BindImplicitly || definition.RuntimeType is not { } runtime)
        {
            return;
        }

        var includeStatic = definition.ResolverClass is not null;
        foreach (var member in FieldInference.Members(runtime, includeStatic))
        {
            if (members.Contains(member) || definition.IgnoredMembers.Contains(member))
            {
                continue;
            }

            var field = FieldInference.FromMember(member, definition.ResolverClass);
            if (definition.IgnoredFields.Contains(field.Name) || !names.Add(field.Name))
            {
                continue;
            }

            new ObjectFieldDescriptor(field).ApplyAttributes(member);
            fields.Add((field, definition));
        }
    }

    private void AddField(ComplexOutputType type, ObjectFieldDefinition field, ComplexTypeDefinition owner)
    {
        if (field.IsIgnored || owner.IgnoredFields.Contains(field.Name))
        {
            return;
        }

        if (field.IsExplicit && field.Member is not null)
        {
            new ObjectFieldDescriptor(field).ApplyAttributes(field.Member);
            field.IsExplicit = false;
        }

        if (field.ResolverClass is null && owner.ResolverClass is not null && field.Member is not null)
        {
            field.ResolverClass = owner.ResolverClass;
        }

        InferArguments(field);
        foreach (var completing in field.Completing)
        {
            completing(new FieldCompletionContext(field, type.Name, this));
        }

        var fieldType = field.Type is not null
            ? ResolveOutput(field.Type)
            : field.ResultType is { } result
                ? ResolveOutput(TypeReference.Create(ClrTypeShape.Of(result)))
                : throw new InvalidOperationException($"Field {field.Name} needs a type: call .Type<...>() or resolve with a typed delegate.");
        var output = new OutputField(field.Name, fieldType, field.Description) { DeprecationReason = field.DeprecationReason };
        foreach (var argument in field.Arguments)
        {
            output.AddArgument(CreateArgument(argument, field.Name));
        }

        if (field.Member is not null && field.Resolver is null && field.SyncResolver is null)
        {
            var isSubscription = type.Name == SubscriptionTypeName;
            _compiler.Compile(field, isSubscription, name => ArgumentConverter(output, field, name));
        }

        output.Authorization.AddRange(field.Authorization);
        output.Authorization.AddRange(ClassAuthorization(field, owner));
        BindResolver(output, field);
        type.AddField(output);
        _fieldDefinitions[output] = field;
    }

    /// <summary>[Authorize] on the class a field comes from: the type's CLR class, a root or extension class, the member's declaring class.</summary>
    private static IEnumerable<Authorization.AuthorizeDirective> ClassAuthorization(ObjectFieldDefinition field, ComplexTypeDefinition owner) =>
        new[] { owner.RuntimeType, owner.ResolverClass, field.ResolverClass, field.Member?.DeclaringType }
            .Where(c => c is not null && c != typeof(object))
            .Distinct()
            .SelectMany(c => c!.GetCustomAttributes(typeof(Authorization.AuthorizeAttribute), inherit: true).Cast<Authorization.AuthorizeAttribute>())
            .Select(a => a.ToDirective())
            .Distinct();

    private static void BindResolver(OutputField output, ObjectFieldDefinition field)
    {
        if (field.Middleware.Count > 0)
        {
            var inner = field.Resolver ?? (field.SyncResolver is { } sync
                ? context => new ValueTask<object?>(sync(context))
                : context => new ValueTask<object?>(Resolvers.DefaultFieldResolver.Resolve(context.ParentValue, context.Field.Name)));
            output.UseResolver(ResolverAdapters.Wrap(inner, field.Middleware));
        }
        else if (field.SyncResolver is { } sync)
        {
            output.UseResolver(sync);
        }
        else if (field.Resolver is { } resolver)
        {
            output.UseResolver(resolver);
        }

        output.Subscriber = field.Subscriber;
    }

    /// <summary>Method parameters that are not bound from the context are arguments, in parameter order, ahead of arguments added by conventions.</summary>
    private void InferArguments(ObjectFieldDefinition field)
    {
        if (field.Member is not MethodInfo method)
        {
            return;
        }

        var position = 0;
        foreach (var parameter in method.GetParameters())
        {
            if (_compiler.IsContextParameter(parameter) || field.Arguments.Exists(a => a.Parameter == parameter))
            {
                continue;
            }

            var inferred = FieldInference.Argument(parameter);
            var configured = field.Arguments.Find(a => a.Name == inferred.Name && a.Parameter is null);
            if (configured is not null)
            {
                configured.Parameter = parameter;
                configured.Type ??= inferred.Type;
                configured.Description ??= inferred.Description;
                if (!configured.HasDefaultValue && inferred.HasDefaultValue)
                {
                    configured.DefaultValue = inferred.DefaultValue;
                    configured.HasDefaultValue = true;
                }

                field.Arguments.Remove(configured);
                field.Arguments.Insert(position++, configured);
            }
            else
            {
                field.Arguments.Insert(position++, inferred);
            }
        }
    }

    private Argument CreateArgument(ArgumentDefinition argument, string fieldName)
    {
        var type = ResolveInput(argument.Type ?? throw new InvalidOperationException($"Argument {fieldName}({argument.Name}:) needs a type."));
        return new Argument(argument.Name, type, argument.Description,
            argument.HasDefaultValue ? TypeInference.DefaultLiteral(argument.DefaultValue, type) : null)
        {
            DeprecationReason = argument.DeprecationReason,
        };
    }

    private Func<object?, object?> ArgumentConverter(OutputField output, ObjectFieldDefinition field, string name)
    {
        var parameter = field.Arguments.Find(a => a.Name == name)?.Parameter;
        var target = parameter?.ParameterType ?? typeof(object);
        var converter = new Lazy<Func<object?, object?>>(() => InputValueConverter.Create(target, output.Arguments[name].Type, _inputBindings.GetValueOrDefault));
        return value => converter.Value(value);
    }

    private void CompleteInputObject(InputObjectType type, InputObjectTypeDefinition definition)
    {
        var fields = new List<InputFieldDefinition>(definition.Fields);
        if (definition.BindImplicitly && definition.RuntimeType is { } runtime)
        {
            foreach (var property in TypeInference.InputProperties(runtime))
            {
                if (!definition.IgnoredMembers.Contains(property) && !fields.Exists(f => Equals(f.Property, property)))
                {
                    fields.Add(FieldInference.InputField(property));
                }
            }
        }

        var bound = new List<(InputField, PropertyInfo)>();
        foreach (var field in fields)
        {
            if (field.IsIgnored)
            {
                continue;
            }

            var fieldType = ResolveInput(field.Type ?? throw new InvalidOperationException($"Input field {field.Name} needs a type."));
            var input = new InputField(field.Name, fieldType, field.Description,
                field.HasDefaultValue ? TypeInference.DefaultLiteral(field.DefaultValue, fieldType) : null)
            {
                DeprecationReason = field.DeprecationReason,
            };
            type.AddField(input);
            if (field.Property is not null)
            {
                bound.Add((input, field.Property));
            }
        }

        if (definition.RuntimeType is { } clr)
        {
            _inputBindings[type] = new InputObjectBinding(clr, bound);
        }
    }

    private void CompleteUnion(UnionType type, UnionTypeDefinition definition)
    {
        foreach (var member in definition.Types)
        {
            type.AddType(ResolveOutput(member).NamedType() as ObjectType
                         ?? throw new InvalidOperationException($"Union members must be object types; {member} is not."));
        }

        if (definition.ResolveAbstractType is { } resolveType)
        {
            type.ResolveType = resolveType;
        }
    }

    /// <summary>Extensions of CLR types nothing else reached: the extended type is inferred now.</summary>
    private void InferExtendedTypes()
    {
        foreach (var extension in _extensions)
        {
            if (extension.ExtendsName is null && extension.ExtendsType is { } target)
            {
                NamedFor(target, input: false);
            }
        }
    }

    /// <summary>Extensions of types defined in SDL add their fields to those types.</summary>
    private void ApplySdlExtensions()
    {
        foreach (var extension in _extensions)
        {
            if (extension.ExtendsName is not { } name || _byName.ContainsKey(name))
            {
                continue;
            }

            if (_sdlTypes(name) is not ComplexOutputType sdlType)
            {
                Errors.Add(new SchemaError($"Cannot extend \"{name}\": there is no object type with that name."));
                continue;
            }

            var fields = new List<(ObjectFieldDefinition, ComplexTypeDefinition)>();
            CollectFields(extension, fields);
            foreach (var (field, owner) in fields)
            {
                try
                {
                    AddField(sdlType, field, owner);
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException)
                {
                    Errors.Add(new SchemaError($"{name}.{field.Name}: {e.Message}"));
                }
            }
        }

        // Fields added while extending may have reached new types.
        CompletePending();
    }

    /// <summary>
    /// Object types implement the registered interfaces their runtime types implement, and get the
    /// interface fields they lack; unions without listed members take every object type of their runtime type.
    /// </summary>
    private void LinkAbstractTypes()
    {
        var interfaces = _definitions.Where(d => d.Key is InterfaceType && d.Value.RuntimeType is not null)
            .Select(d => ((InterfaceType)d.Key, d.Value.RuntimeType!)).ToList();
        foreach (var (type, definition) in _definitions)
        {
            if (type is not ComplexOutputType complex || definition.RuntimeType is not { } runtime)
            {
                continue;
            }

            foreach (var (interfaceType, interfaceRuntime) in interfaces)
            {
                if (!ReferenceEquals(interfaceType, complex) && interfaceRuntime != runtime && interfaceRuntime.IsAssignableFrom(runtime) &&
                    !complex.Implements(interfaceType))
                {
                    complex.AddInterface(interfaceType);
                }
            }
        }

        foreach (var type in _definitions.Keys.OfType<ComplexOutputType>())
        {
            foreach (var interfaceType in type.Interfaces)
            {
                foreach (var field in interfaceType.Fields)
                {
                    if (!type.Fields.ContainsField(field.Name))
                    {
                        type.AddField(CopyField(field));
                    }
                }
            }
        }

        foreach (var (type, definition) in _definitions)
        {
            if (type is UnionType { Types.Count: 0 } union && definition.RuntimeType is { } runtime && runtime != typeof(object))
            {
                foreach (var (candidate, candidateDefinition) in _definitions)
                {
                    if (candidate is ObjectType obj && candidateDefinition.RuntimeType is { } objRuntime && runtime.IsAssignableFrom(objRuntime))
                    {
                        union.AddType(obj);
                    }
                }
            }
        }
    }

    private static OutputField CopyField(OutputField field)
    {
        var copy = new OutputField(field.Name, field.Type, field.Description) { DeprecationReason = field.DeprecationReason };
        copy.Authorization.AddRange(field.Authorization);
        foreach (var argument in field.Arguments)
        {
            copy.AddArgument(argument);
        }

        if (field.SyncResolver is { } sync)
        {
            copy.UseResolver(sync);
        }
        else if (field.Resolver is { } resolver)
        {
            copy.UseResolver(resolver);
        }

        return copy;
    }
}
