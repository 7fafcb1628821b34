using System.Reflection;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>An argument as configured: becomes an <see cref="Argument"/> when the schema is built.</summary>
public sealed class ArgumentDefinition
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public TypeReference? Type { get; set; }

    /// <summary>A runtime default value, written as a literal of the argument's type when the schema is built.</summary>
    public object? DefaultValue { get; set; }

    public bool HasDefaultValue { get; set; }

    public string? DeprecationReason { get; set; }

    /// <summary>The resolver parameter this argument was inferred from, if any.</summary>
    public ParameterInfo? Parameter { get; set; }
}

/// <summary>
/// A field of an object or interface type as configured by descriptors, attributes and inference;
/// conventions (paging, filtering...) change it through <see cref="Completing"/> before it is built.
/// </summary>
public sealed class ObjectFieldDefinition
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public TypeReference? Type { get; set; }

    /// <summary>The property, field or method the field reads; null for fields with only a resolver.</summary>
    public MemberInfo? Member { get; set; }

    /// <summary>When set, <see cref="Member"/> is called on an instance of this class (from services, else created once) instead of on the parent.</summary>
    public Type? ResolverClass { get; set; }

    public bool IsIgnored { get; set; }

    public List<ArgumentDefinition> Arguments { get; } = [];

    public FieldResolver? Resolver { get; set; }

    public SyncFieldResolver? SyncResolver { get; set; }

    /// <summary>The CLR type the resolver produces (tasks unwrapped), used to infer the field type and by conventions.</summary>
    public Type? ResultType { get; set; }

    public SubscribeResolver? Subscriber { get; set; }

    /// <summary>Requirements checked before the resolver runs (<c>[Authorize]</c>, <c>.Authorize()</c>).</summary>
    public List<Authorization.AuthorizeDirective> Authorization { get; } = [];

    /// <summary>Wraps the resolver, first added outermost.</summary>
    public List<Func<FieldResolver, FieldResolver>> Middleware { get; } = [];

    /// <summary>Run in order when the schema is built, after types were created and before the field is.</summary>
    public List<Action<FieldCompletionContext>> Completing { get; } = [];

    /// <summary>State kept by conventions between configuration and completion.</summary>
    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    internal bool IsExplicit { get; set; }
}

/// <summary>What a convention sees when its field is being built.</summary>
public sealed class FieldCompletionContext
{
    internal FieldCompletionContext(ObjectFieldDefinition field, string typeName, ICodeFirstTypes types)
    {
        Field = field;
        TypeName = typeName;
        Types = types;
    }

    public ObjectFieldDefinition Field { get; }

    /// <summary>The object or interface type the field belongs to.</summary>
    public string TypeName { get; }

    public ICodeFirstTypes Types { get; }
}
