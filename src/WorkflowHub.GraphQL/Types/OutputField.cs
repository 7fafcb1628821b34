using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// A field of an object or interface type. After the schema is created every object field has
/// <see cref="SyncResolver"/> or <see cref="Resolver"/> set (the default resolver when none was bound).
/// </summary>
public sealed class OutputField : IHasName
{
    private readonly FieldCollection<Argument> _arguments = new();

    public OutputField(string name, IOutputType type, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Description = description;
    }

    public string Name { get; }

    public IOutputType Type { get; }

    public string? Description { get; set; }

    public FieldCollection<Argument> Arguments => _arguments;

    /// <summary>Null unless deprecated.</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The object or interface type this field belongs to; set when the field is added.</summary>
    public IComplexOutputType DeclaringType { get; internal set; } = null!;

    /// <summary>Asynchronous resolver; null when only <see cref="SyncResolver"/> is set.</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>Synchronous resolver; when set, <see cref="Resolver"/> wraps it.</summary>
    public SyncFieldResolver? SyncResolver { get; set; }

    /// <summary>For subscription root fields: creates the event stream.</summary>
    public SubscribeResolver? Subscriber { get; set; }

    public ISyntaxNode? SyntaxNode { get; set; }

    /// <summary>Requirements checked before the resolver runs (code-first <c>[Authorize]</c>); SDL's <c>@authorize</c> is read from <see cref="SyntaxNode"/>.</summary>
    public List<Authorization.AuthorizeDirective> Authorization { get; } = [];

    /// <summary>The default resolver's inline cache: the last CLR parent type and its reader.</summary>
    internal Resolvers.ClrAccessor? AccessorCache { get; set; }

    /// <summary>Binds a synchronous resolver (and an asynchronous wrapper of it).</summary>
    public OutputField UseResolver(SyncFieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        SyncResolver = resolver;
        Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    /// <summary>Binds an asynchronous resolver.</summary>
    public OutputField UseResolver(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        SyncResolver = null;
        Resolver = resolver;
        return this;
    }

    public OutputField AddArgument(Argument argument)
    {
        if (DeclaringType is NamedTypeBase { IsSealed: true } owner)
        {
            throw new InvalidOperationException($"Type {owner.Name} belongs to a schema and can no longer be changed.");
        }

        _arguments.Add(argument, $"Field {Name}");
        return this;
    }

    public override string ToString() => Name + ": " + Type;
}
