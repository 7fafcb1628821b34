using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a <see cref="ListType"/> / <see cref="NonNullType"/>
/// wrapper. <c>ToString()</c> prints the type reference, e.g. <c>[String!]!</c>.
/// </summary>
public interface IType
{
    TypeKind Kind { get; }
}

/// <summary>A type that may appear in input positions (arguments, variables, input fields).</summary>
public interface IInputType : IType;

/// <summary>A type that may appear as a field's result.</summary>
public interface IOutputType : IType;

/// <summary>A scalar, object, interface, union, enum or input object type.</summary>
public interface INamedType : IType
{
    string Name { get; }

    string? Description { get; }

    /// <summary>The definition this type was built from, when it came from SDL; used for error locations.</summary>
    ISyntaxNode? SyntaxNode { get; }
}

/// <summary>Scalars and enums: the types whose values are serialized directly.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType
{
    /// <summary>Result coercion: a resolver's value to the value written to the response. Throws <see cref="CoercionException"/>.</summary>
    object? Serialize(object? runtimeValue);

    /// <summary>Input coercion of a variable value (from JSON). Throws <see cref="CoercionException"/>.</summary>
    object? ParseValue(object? inputValue);

    /// <summary>
    /// Input coercion of a literal. Variables met inside the literal are looked up in
    /// <paramref name="variables"/> (only untyped scalars such as JSON ever see them).
    /// Throws <see cref="CoercionException"/>.
    /// </summary>
    object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>A runtime value as a literal (graphql-js <c>astFromValue</c> for leaves); null when it cannot be represented.</summary>
    IValueNode? ValueToLiteral(object? runtimeValue);
}

/// <summary>Interfaces and unions: types whose runtime object type is decided per value.</summary>
public interface IAbstractType : INamedType, IOutputType
{
    /// <summary>Picks the object type of a value; never null once the type belongs to a schema.</summary>
    ResolveAbstractType? ResolveType { get; set; }
}

/// <summary>Objects and interfaces: types with fields and implemented interfaces.</summary>
public interface IComplexOutputType : INamedType, IOutputType
{
    FieldCollection<OutputField> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}
