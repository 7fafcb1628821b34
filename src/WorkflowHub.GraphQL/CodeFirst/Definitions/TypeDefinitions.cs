using System.Reflection;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Common part of every configured named type.</summary>
public abstract class NamedTypeDefinition
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The CLR type whose values this GraphQL type describes (resolver results, argument values).</summary>
    public Type? RuntimeType { get; set; }
}

/// <summary>An object or interface type (or an extension of one) as configured.</summary>
public sealed class ComplexTypeDefinition : NamedTypeDefinition
{
    public TypeKind Kind { get; set; } = TypeKind.Object;

    public List<ObjectFieldDefinition> Fields { get; } = [];

    public List<TypeReference> Interfaces { get; } = [];

    /// <summary>When true (the default), public members of <see cref="NamedTypeDefinition.RuntimeType"/> not configured explicitly become fields too.</summary>
    public bool BindImplicitly { get; set; } = true;

    public HashSet<MemberInfo> IgnoredMembers { get; } = [];

    public HashSet<string> IgnoredFields { get; } = new(StringComparer.Ordinal);

    /// <summary>For root types and extension classes: members are called on an instance of this class, not on the parent value.</summary>
    public Type? ResolverClass { get; set; }

    public IsOfType? IsOfType { get; set; }

    public ResolveAbstractType? ResolveAbstractType { get; set; }

    /// <summary>For extensions: the extended type, by name or by CLR type.</summary>
    public string? ExtendsName { get; set; }

    public Type? ExtendsType { get; set; }
}

public sealed class EnumValueDefinition
{
    public required string Name { get; set; }

    public required object Value { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsIgnored { get; set; }
}

public sealed class EnumTypeDefinition : NamedTypeDefinition
{
    public List<EnumValueDefinition> Values { get; } = [];
}

public sealed class InputFieldDefinition
{
    public required string Name { get; set; }

    public string? Description { get; set; }

    public TypeReference? Type { get; set; }

    /// <summary>The property (or constructor parameter's property) the value is written to.</summary>
    public PropertyInfo? Property { get; set; }

    public object? DefaultValue { get; set; }

    public bool HasDefaultValue { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsIgnored { get; set; }
}

public sealed class InputObjectTypeDefinition : NamedTypeDefinition
{
    public List<InputFieldDefinition> Fields { get; } = [];

    public bool BindImplicitly { get; set; } = true;

    public HashSet<MemberInfo> IgnoredMembers { get; } = [];
}

public sealed class UnionTypeDefinition : NamedTypeDefinition
{
    public List<TypeReference> Types { get; } = [];

    public ResolveAbstractType? ResolveAbstractType { get; set; }
}
