namespace WorkflowHub.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType(string name, string? description = null) : NamedTypeBase(name, description), IAbstractType
{
    private readonly List<ObjectType> _types = [];

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    public ResolveAbstractType? ResolveType { get; set; }

    /// <summary>Adds a member type. Duplicates are kept so that validation can report them.</summary>
    public UnionType AddType(ObjectType type)
    {
        EnsureNotSealed();
        _types.Add(type ?? throw new ArgumentNullException(nameof(type)));
        return this;
    }
}
