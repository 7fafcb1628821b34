namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// An object type over the CLR type <typeparamref name="T"/>, configured in one class:
/// <code>
/// class WorkflowInstanceType : ObjectType&lt;WorkflowInstance&gt;
/// {
///     protected override void Configure(IObjectTypeDescriptor&lt;WorkflowInstance&gt; d)
///     {
///         d.Name("WorkflowInstance");
///         d.Field(x =&gt; x.Id).Type&lt;NonNullType&lt;UuidType&gt;&gt;();
///         d.Ignore(x =&gt; x.Secret);
///     }
/// }
/// </code>
/// Public members of <typeparamref name="T"/> not configured become fields too, unless
/// <see cref="IObjectTypeDescriptor.BindFieldsExplicitly"/> is called. The name defaults to the CLR type's.
/// </summary>
public class ObjectType<T> : TypeDefinitionBase
{
    protected virtual void Configure(IObjectTypeDescriptor<T> descriptor)
    {
    }

    internal override NamedTypeDefinition CreateDefinition()
    {
        var definition = new ComplexTypeDefinition { RuntimeType = typeof(T), Description = Naming.Description(typeof(T)) };
        Configure(new ObjectTypeDescriptor<T>(definition));
        return definition;
    }
}

/// <summary>
/// Adds fields to an object type defined elsewhere (in SDL, by another class, or a root type),
/// named with <see cref="IObjectTypeDescriptor.Name"/>: <c>d.Name("Query"); d.Field("version").Resolve(_ =&gt; "1.0");</c>.
/// </summary>
public class ObjectTypeExtension : TypeDefinitionBase
{
    protected virtual void Configure(IObjectTypeDescriptor descriptor)
    {
    }

    internal override NamedTypeDefinition CreateDefinition()
    {
        var definition = new ComplexTypeDefinition { BindImplicitly = false };
        Configure(new ComplexTypeDescriptor(definition));
        definition.ExtendsName = definition.Name;
        return definition;
    }
}

/// <summary>Adds fields to the object type whose runtime type is <typeparamref name="T"/>.</summary>
public class ObjectTypeExtension<T> : TypeDefinitionBase
{
    protected virtual void Configure(IObjectTypeDescriptor<T> descriptor)
    {
    }

    internal override NamedTypeDefinition CreateDefinition()
    {
        var definition = new ComplexTypeDefinition { RuntimeType = typeof(T), BindImplicitly = false, ExtendsType = typeof(T) };
        Configure(new ObjectTypeDescriptor<T>(definition));
        definition.ExtendsName = definition.Name;
        return definition;
    }
}

/// <summary>An interface type whose values implement or derive from <typeparamref name="T"/>.</summary>
public class InterfaceType<T> : TypeDefinitionBase
{
    protected virtual void Configure(IInterfaceTypeDescriptor<T> descriptor)
    {
    }

    internal override NamedTypeDefinition CreateDefinition()
    {
        var definition = new ComplexTypeDefinition { Kind = Types.TypeKind.Interface, RuntimeType = typeof(T), Description = Naming.Description(typeof(T)) };
        Configure(new InterfaceTypeDescriptor<T>(definition));
        return definition;
    }
}

/// <summary>
/// A union type. <typeparamref name="T"/> is a CLR type its members share (an interface, a base class,
/// or <c>object</c>); members are added with <see cref="IUnionTypeDescriptor.Type{TObjectType}"/>, or, when none
/// are, are every object type whose runtime type implements <typeparamref name="T"/>.
/// </summary>
public class UnionType<T> : TypeDefinitionBase
{
    protected virtual void Configure(IUnionTypeDescriptor descriptor)
    {
    }

    internal override NamedTypeDefinition CreateDefinition()
    {
        var definition = new UnionTypeDefinition { RuntimeType = typeof(T), Description = Naming.Description(typeof(T)) };
        Configure(new UnionTypeDescriptor(definition));
        return definition;
    }
}

/// <summary>An enum type over a CLR enum; values are SCREAMING_SNAKE_CASE member names unless renamed.</summary>
public class EnumType<TEnum> : TypeDefinitionBase
    where TEnum : struct, Enum
{
    protected virtual void Configure(IEnumTypeDescriptor<TEnum> descriptor)
    {
    }

    internal override NamedTypeDefinition CreateDefinition()
    {
        var definition = TypeInference.Enum(typeof(TEnum));
        var descriptor = new EnumTypeDescriptor<TEnum>(definition);
        Configure(descriptor);
        descriptor.Complete();
        return definition;
    }
}

/// <summary>An input object type whose values are built as <typeparamref name="T"/> instances for resolvers.</summary>
public class InputObjectType<T> : TypeDefinitionBase
{
    protected virtual void Configure(IInputObjectTypeDescriptor<T> descriptor)
    {
    }

    internal override NamedTypeDefinition CreateDefinition()
    {
        var definition = new InputObjectTypeDefinition { RuntimeType = typeof(T), Description = Naming.Description(typeof(T)) };
        Configure(new InputObjectTypeDescriptor<T>(definition));
        return definition;
    }
}

/// <summary>Stands for <c>T!</c> in <c>Type&lt;...&gt;()</c> and <c>[GraphQLType&lt;...&gt;]</c>.</summary>
public sealed class NonNullType<T>
{
    private NonNullType()
    {
    }
}

/// <summary>Stands for <c>[T]</c> in <c>Type&lt;...&gt;()</c> and <c>[GraphQLType&lt;...&gt;]</c>.</summary>
public sealed class ListType<T>
{
    private ListType()
    {
    }
}
