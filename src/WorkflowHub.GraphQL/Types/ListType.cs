namespace WorkflowHub.GraphQL.Types;

/// <summary><c>[T]</c>. Two list types are equal when their item types are.</summary>
public sealed class ListType(IType ofType) : IInputType, IOutputType
{
    public TypeKind Kind => TypeKind.List;

    public IType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    public override string ToString() => "[" + OfType + "]";
}
