namespace WorkflowHub.GraphQL.Types;

/// <summary><c>T!</c>; the inner type is a named or list type, never another non-null.</summary>
public sealed class NonNullType : IInputType, IOutputType
{
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected a nullable type, got {ofType}.", nameof(ofType));
        }

        OfType = ofType;
    }

    public TypeKind Kind => TypeKind.NonNull;

    public IType OfType { get; }

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    public override string ToString() => OfType + "!";
}
