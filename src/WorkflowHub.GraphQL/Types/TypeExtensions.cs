namespace WorkflowHub.GraphQL.Types;

/// <summary>Type predicates and comparisons, as validation and execution need them (graphql-js <c>isInputType</c>, <c>isTypeSubTypeOf</c>, ...).</summary>
public static class TypeExtensions
{
    /// <summary>The named type inside any list/non-null wrappers.</summary>
    public static INamedType NamedType(this IType type)
    {
        while (true)
        {
            switch (type)
            {
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    continue;
                case ListType list:
                    type = list.OfType;
                    continue;
                default:
                    return (INamedType)type;
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNullType(this IType type) => type is NonNullType;

    public static bool IsListType(this IType type) => type is ListType;

    /// <summary>Scalars, enums and input objects, possibly wrapped.</summary>
    public static bool IsInputType(this IType type) => type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions and enums, possibly wrapped.</summary>
    public static bool IsOutputType(this IType type) => type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Scalars and enums (not wrapped).</summary>
    public static bool IsLeafType(this IType type) => type is ILeafType;

    /// <summary>Objects, interfaces and unions (not wrapped): types with selection sets.</summary>
    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Interfaces and unions (not wrapped).</summary>
    public static bool IsAbstractType(this IType type) => type is IAbstractType;

    /// <summary>A non-null argument or input field without default must be given.</summary>
    public static bool IsRequired(this InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;

    /// <summary>Same type: identical named types under identical wrappers.</summary>
    public static bool IsEqualType(this IType typeA, IType typeB) => typeA switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        NonNullType a when typeB is NonNullType b => a.OfType.IsEqualType(b.OfType),
        ListType a when typeB is ListType b => a.OfType.IsEqualType(b.OfType),
        _ => false,
    };

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> can stand where <paramref name="superType"/>
    /// is expected: same type, non-null of a nullable, list covariance, or an object/interface
    /// that is a possible type of the abstract super type.
    /// </summary>
    public static bool IsTypeSubTypeOf(this Schema schema, IType maybeSubType, IType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && schema.IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return schema.IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && schema.IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType abstractType &&
               maybeSubType is ObjectType or InterfaceType &&
               schema.IsSubType(abstractType, (INamedType)maybeSubType);
    }

    /// <summary>Whether two composite types can have a runtime object type in common (used for fragment spreads).</summary>
    public static bool DoTypesOverlap(this Schema schema, INamedType typeA, INamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                return schema.GetPossibleTypes(abstractA).Any(t => schema.IsSubType(abstractB, t));
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IAbstractType b && schema.IsSubType(b, typeA);
    }
}
