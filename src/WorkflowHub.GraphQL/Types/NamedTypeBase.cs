using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// Common part of the named types. A type can be configured (fields, values, members added)
/// until a <see cref="Schema"/> that contains it is created; then it is sealed and read-only.
/// </summary>
public abstract class NamedTypeBase : INamedType
{
    private string? _description;

    protected NamedTypeBase(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        _description = description;
    }

    public abstract TypeKind Kind { get; }

    public string Name { get; }

    public string? Description
    {
        get => _description;
        set
        {
            EnsureNotSealed();
            _description = value;
        }
    }

    public ISyntaxNode? SyntaxNode { get; set; }

    /// <summary>Extension definitions that contributed to this type, when built from SDL.</summary>
    public IReadOnlyList<ISyntaxNode> ExtensionSyntaxNodes { get; set; } = [];

    /// <summary>True once a schema has taken this type; it can no longer be changed.</summary>
    public bool IsSealed { get; private set; }

    internal virtual void Seal() => IsSealed = true;

    protected void EnsureNotSealed()
    {
        if (IsSealed)
        {
            throw new InvalidOperationException($"Type {Name} belongs to a schema and can no longer be changed.");
        }
    }

    public override string ToString() => Name;
}
