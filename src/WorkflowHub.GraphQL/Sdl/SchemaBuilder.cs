using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Sdl;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (type definitions and <c>extend</c> definitions, over one or
/// more documents) and binds resolvers to it, schema-first:
/// <code>
/// var schema = SchemaBuilder.New()
///     .AddDocumentFromString("type Query { hello(name: String): String }")
///     .AddResolver("Query", "hello", ctx => "Hello " + ctx.ArgumentValue&lt;string&gt;("name"))
///     .Create();
/// </code>
/// Fields without a resolver use <see cref="DefaultFieldResolver"/>; interfaces and unions without
/// a type resolver use <see cref="DefaultTypeResolver"/> (a <c>__typename</c> member in the data).
/// A scalar declared in SDL (<c>scalar DateTime</c>) gets its implementation from <see cref="AddScalar"/>,
/// else from this library's <c>DateTime</c>, <c>Long</c>, <c>UUID</c> and <c>JSON</c>, else a pass-through
/// scalar; its description and <c>@specifiedBy</c> URL come from the SDL alone, as graphql-js would show
/// them. As in graphql-js only the spec scalars may be used without declaration, and scalars given to
/// <see cref="AddScalar"/> (which then keep their own description and URL). The type map lists types in
/// definition order (see <see cref="Schema"/>). <see cref="Create"/> reports every problem at once in a
/// <see cref="SchemaValidationException"/>.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Field, Action<OutputField> Bind)> _fieldBindings = [];
    private readonly List<Action<Schema>> _onCreated = [];
    private readonly Dictionary<string, Func<IResolverContext, object, string?>> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IsOfType> _isOfType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _enumBindings = new(StringComparer.Ordinal);

    public static SchemaBuilder New() => new();

    /// <summary>Parses SDL now (a syntax error throws <see cref="GraphQLSyntaxException"/> here) and adds its definitions.</summary>
    public SchemaBuilder AddDocumentFromString(string sdl) => AddDocument(Parser.Parse(sdl));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document ?? throw new ArgumentNullException(nameof(document)));
        return this;
    }

    /// <summary>Supplies the implementation of a scalar (used where SDL declares or references its name).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>
    /// Binds a synchronous resolver to <c>typeName.fieldName</c>. It may return a <see cref="Task"/> or
    /// <see cref="ValueTask"/>, which execution awaits.
    /// </summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, SyncFieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _fieldBindings.Add((typeName, fieldName, field => field.UseResolver(resolver)));
        return this;
    }

    /// <summary>Binds an asynchronous resolver to <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, Func<IResolverContext, Task<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _fieldBindings.Add((typeName, fieldName, field => field.UseResolver(context => new ValueTask<object?>(resolver(context)))));
        return this;
    }

    /// <summary>Binds an asynchronous resolver returning a <see cref="ValueTask{TResult}"/>.</summary>
    public SchemaBuilder AddValueTaskResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _fieldBindings.Add((typeName, fieldName, field => field.UseResolver(resolver)));
        return this;
    }

    /// <summary>Binds the event stream of a subscription field; each event is the parent value of that field's resolver.</summary>
    public SchemaBuilder AddSubscriber(string typeName, string fieldName, SubscribeResolver subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _fieldBindings.Add((typeName, fieldName, field => field.Subscriber = subscriber));
        return this;
    }

    /// <summary>Decides the object type (by name) of values of an interface or union.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, Func<IResolverContext, object, string?> resolver)
    {
        _typeResolvers[abstractTypeName] = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>Tells whether a value is of an object type, for default abstract type resolution.</summary>
    public SchemaBuilder AddIsOfType(string objectTypeName, IsOfType isOfType)
    {
        _isOfType[objectTypeName] = isOfType ?? throw new ArgumentNullException(nameof(isOfType));
        return this;
    }

    /// <summary>
    /// Makes the values of an SDL enum stand for members of a CLR enum, matched by name ignoring case
    /// and underscores (<c>IN_PROGRESS</c> is <c>InProgress</c>). Unbound enums use their names as values.
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string? enumTypeName = null)
        where TEnum : struct, Enum
    {
        _enumBindings[enumTypeName ?? typeof(TEnum).Name] = typeof(TEnum);
        return this;
    }

    /// <summary>
    /// Runs on the built, valid schema before anything executes against it: for settings that span every module's
    /// fields, such as a table of authorization rules.
    /// </summary>
    public SchemaBuilder OnCreated(Action<Schema> configure)
    {
        _onCreated.Add(configure);
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="SchemaValidationException"/> with every problem found.</summary>
    public Schema Create()
    {
        var build = new SdlSchemaFactory(_documents, _scalars, _enumBindings);
        var configuration = build.CreateConfiguration();
        var errors = build.Errors;
        var codeFirst = BuildCodeFirst(configuration, build.FindType, errors);
        INamedType? FindType(string name) => codeFirst?.Find(name) ?? build.FindType(name);

        foreach (var (typeName, fieldName, bind) in _fieldBindings)
        {
            if (FindType(typeName) is not ComplexOutputType owner)
            {
                errors.Add(new SchemaError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": there is no object or interface type named \"{typeName}\"."));
            }
            else if (!owner.Fields.TryGetField(fieldName, out var field))
            {
                errors.Add(new SchemaError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": type {typeName} has no field \"{fieldName}\"."));
            }
            else
            {
                bind(field);
            }
        }

        foreach (var (typeName, resolver) in _typeResolvers)
        {
            if (FindType(typeName) is IAbstractType abstractType)
            {
                abstractType.ResolveType = (context, value) => resolver(context, value) is { } name ? context.Schema.GetType(name) as ObjectType : null;
            }
            else
            {
                errors.Add(new SchemaError($"Cannot bind a type resolver to \"{typeName}\": it is not an interface or union type."));
            }
        }

        foreach (var (typeName, isOfType) in _isOfType)
        {
            if (FindType(typeName) is ObjectType obj)
            {
                obj.IsOfType = isOfType;
            }
            else
            {
                errors.Add(new SchemaError($"Cannot bind an is-of-type check to \"{typeName}\": it is not an object type."));
            }
        }

        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        var schema = new Schema(configuration);
        var validation = schema.Validate();
        if (validation.Count > 0)
        {
            throw new SchemaValidationException(validation);
        }

        foreach (var configure in _onCreated)
        {
            configure(schema);
        }

        return schema;
    }
}
