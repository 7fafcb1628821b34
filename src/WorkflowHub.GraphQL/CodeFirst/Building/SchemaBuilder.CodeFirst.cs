using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Sdl;

/// <summary>
/// Code-first registration, HotChocolate-style, mixed freely with SDL documents:
/// <code>
/// var schema = SchemaBuilder.New()
///     .AddQueryType&lt;Query&gt;()
///     .AddType&lt;WorkflowInstanceType&gt;()
///     .AddTypeExtension&lt;InstanceTasks&gt;()
///     .Create();
/// </code>
/// Root types get the names Query, Mutation and Subscription unless their descriptor names them;
/// a root that only <c>[QueryType]</c>/<c>[ExtendObjectType("Query")]</c> classes contribute to is created empty for them.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<Action<CodeFirstTypeFactory>> _codeFirstTypes = [];
    private readonly Dictionary<OperationType, (Type? Type, Action<IObjectTypeDescriptor>? Configure)> _codeFirstRoots = [];
    private readonly List<IParameterBinder> _parameterBinders = [];

    /// <summary>The query root from an <c>ObjectType&lt;T&gt;</c> class or a CLR class whose public members become fields.</summary>
    public SchemaBuilder AddQueryType<T>() => AddRootType(OperationType.Query, typeof(T), null);

    public SchemaBuilder AddQueryType(Action<IObjectTypeDescriptor> configure) => AddRootType(OperationType.Query, null, configure);

    public SchemaBuilder AddMutationType<T>() => AddRootType(OperationType.Mutation, typeof(T), null);

    public SchemaBuilder AddMutationType(Action<IObjectTypeDescriptor> configure) => AddRootType(OperationType.Mutation, null, configure);

    public SchemaBuilder AddSubscriptionType<T>() => AddRootType(OperationType.Subscription, typeof(T), null);

    public SchemaBuilder AddSubscriptionType(Action<IObjectTypeDescriptor> configure) => AddRootType(OperationType.Subscription, null, configure);

    /// <summary>A type class (<c>ObjectType&lt;T&gt;</c>, <c>InterfaceType&lt;T&gt;</c>, <c>UnionType&lt;T&gt;</c>, <c>EnumType&lt;T&gt;</c>, <c>InputObjectType&lt;T&gt;</c>), an extension class, or a CLR class, interface or enum to infer.</summary>
    public SchemaBuilder AddType<T>() => AddType(typeof(T));

    public SchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _codeFirstTypes.Add(factory => factory.AddType(type));
        return this;
    }

    /// <summary>A type built by hand; other types may refer to it by name.</summary>
    public SchemaBuilder AddType(INamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _codeFirstTypes.Add(factory => factory.AddType(type));
        return this;
    }

    /// <summary>An <c>[ExtendObjectType]</c>/<c>[QueryType]</c>/<c>[MutationType]</c>/<c>[SubscriptionType]</c> class, or an <c>ObjectTypeExtension</c> class.</summary>
    public SchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    public SchemaBuilder AddTypeExtension(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _codeFirstTypes.Add(factory => factory.AddExtension(type));
        return this;
    }

    /// <summary>Binds resolver parameters of some kind (not GraphQL arguments) to values read from the resolver context.</summary>
    public SchemaBuilder AddParameterBinder(IParameterBinder binder)
    {
        _parameterBinders.Add(binder ?? throw new ArgumentNullException(nameof(binder)));
        return this;
    }

    private SchemaBuilder AddRootType(OperationType operation, Type? type, Action<IObjectTypeDescriptor>? configure)
    {
        _codeFirstRoots[operation] = (type, configure);
        return this;
    }

    /// <summary>Creates the code-first types into <paramref name="configuration"/>; null when nothing was registered code-first.</summary>
    private CodeFirstTypeFactory? BuildCodeFirst(SchemaConfiguration configuration, Func<string, INamedType?> sdlTypes, List<SchemaError> errors)
    {
        if (_codeFirstTypes.Count == 0 && _codeFirstRoots.Count == 0)
        {
            return null;
        }

        var factory = new CodeFirstTypeFactory(sdlTypes, _scalars, _parameterBinders);
        var roots = new Dictionary<OperationType, ObjectType>();
        try
        {
            foreach (var (operation, (type, configure)) in _codeFirstRoots)
            {
                roots[operation] = factory.AddRoot(RootName(operation), type, configure);
            }

            foreach (var register in _codeFirstTypes)
            {
                register(factory);
            }

            foreach (var operation in (OperationType[])[OperationType.Query, OperationType.Mutation, OperationType.Subscription])
            {
                if (!roots.ContainsKey(operation) && RootOf(configuration, operation) is null && factory.HasExtensionFor(RootName(operation)))
                {
                    roots[operation] = factory.AddRoot(RootName(operation), null, null);
                }
            }

            if (roots.TryGetValue(OperationType.Subscription, out var subscription))
            {
                factory.SubscriptionTypeName = subscription.Name;
            }
            else if (configuration.Subscription is { } sdlSubscription)
            {
                factory.SubscriptionTypeName = sdlSubscription.Name;
            }

            factory.Complete();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or GraphQLSyntaxException)
        {
            errors.Add(new SchemaError(e.Message));
            return factory;
        }

        errors.AddRange(factory.Errors);
        configuration.Query = roots.GetValueOrDefault(OperationType.Query) ?? configuration.Query;
        configuration.Mutation = roots.GetValueOrDefault(OperationType.Mutation) ?? configuration.Mutation;
        configuration.Subscription = roots.GetValueOrDefault(OperationType.Subscription) ?? configuration.Subscription;
        var types = new List<INamedType>(configuration.Types);
        foreach (var type in roots.Values.Concat(factory.Registered))
        {
            if (!types.Contains(type))
            {
                types.Add(type);
            }
        }

        configuration.Types = types;
        return factory;
    }

    private static string RootName(OperationType operation) => operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };

    private static ObjectType? RootOf(SchemaConfiguration configuration, OperationType operation) => operation switch
    {
        OperationType.Query => configuration.Query,
        OperationType.Mutation => configuration.Mutation,
        _ => configuration.Subscription,
    };
}
