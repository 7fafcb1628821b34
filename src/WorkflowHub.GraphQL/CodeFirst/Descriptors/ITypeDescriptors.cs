using System.Linq.Expressions;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Configures an object type (or an extension of one) without a runtime type.</summary>
public interface IObjectTypeDescriptor
{
    IObjectTypeDescriptor Name(string name);

    IObjectTypeDescriptor Description(string? description);

    /// <summary>A field with a name: give it a type and a resolver, or let it read the parent value by name.</summary>
    IObjectFieldDescriptor Field(string name);

    /// <summary>Declares an implemented interface: an <c>InterfaceType&lt;T&gt;</c> class or a CLR interface registered as one.</summary>
    IObjectTypeDescriptor Implements<TInterface>();

    IObjectTypeDescriptor Implements(TypeReference interfaceType);

    /// <summary>How interface and union fields recognise values of this type (by default: the value is of the runtime type).</summary>
    IObjectTypeDescriptor IsOfType(IsOfType isOfType);

    /// <summary>Only fields configured explicitly are part of the type.</summary>
    IObjectTypeDescriptor BindFieldsExplicitly();

    IObjectTypeDescriptor BindFieldsImplicitly();

    ComplexTypeDefinition Extend();
}

/// <summary>Configures an object type whose values are <typeparamref name="T"/>.</summary>
public interface IObjectTypeDescriptor<T> : IObjectTypeDescriptor
{
    new IObjectTypeDescriptor<T> Name(string name);

    new IObjectTypeDescriptor<T> Description(string? description);

    /// <summary>The field of a property, field or method of <typeparamref name="T"/>: <c>d.Field(x =&gt; x.Id)</c>, <c>d.Field(x =&gt; x.Find(default))</c>.</summary>
    IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Leaves an inferred member out.</summary>
    IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member);

    new IObjectTypeDescriptor<T> Implements<TInterface>();

    new IObjectTypeDescriptor<T> BindFieldsExplicitly();
}

/// <summary>Configures an interface type whose values implement <typeparamref name="T"/>.</summary>
public interface IInterfaceTypeDescriptor<T>
{
    IInterfaceTypeDescriptor<T> Name(string name);

    IInterfaceTypeDescriptor<T> Description(string? description);

    IObjectFieldDescriptor Field(string name);

    IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    IInterfaceTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member);

    IInterfaceTypeDescriptor<T> Implements<TInterface>();

    IInterfaceTypeDescriptor<T> ResolveAbstractType(ResolveAbstractType resolveType);

    IInterfaceTypeDescriptor<T> BindFieldsExplicitly();
}

/// <summary>Configures a union type.</summary>
public interface IUnionTypeDescriptor
{
    IUnionTypeDescriptor Name(string name);

    IUnionTypeDescriptor Description(string? description);

    /// <summary>Adds a member: an <c>ObjectType&lt;T&gt;</c> class or a CLR class.</summary>
    IUnionTypeDescriptor Type<TObjectType>();

    IUnionTypeDescriptor ResolveAbstractType(ResolveAbstractType resolveType);
}

/// <summary>Configures an enum type over the CLR enum <typeparamref name="TEnum"/>.</summary>
public interface IEnumTypeDescriptor<TEnum>
    where TEnum : struct, Enum
{
    IEnumTypeDescriptor<TEnum> Name(string name);

    IEnumTypeDescriptor<TEnum> Description(string? description);

    IEnumValueDescriptor Value(TEnum value);

    /// <summary>Only values configured with <see cref="Value"/> are part of the type.</summary>
    IEnumTypeDescriptor<TEnum> BindValuesExplicitly();
}

public interface IEnumValueDescriptor
{
    IEnumValueDescriptor Name(string name);

    IEnumValueDescriptor Description(string? description);

    IEnumValueDescriptor Deprecated(string? reason = null);

    IEnumValueDescriptor Ignore(bool ignore = true);
}

/// <summary>Configures an input object type whose values become <typeparamref name="T"/> instances.</summary>
public interface IInputObjectTypeDescriptor<T>
{
    IInputObjectTypeDescriptor<T> Name(string name);

    IInputObjectTypeDescriptor<T> Description(string? description);

    IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> property);

    IInputObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property);

    IInputObjectTypeDescriptor<T> BindFieldsExplicitly();
}

public interface IInputFieldDescriptor
{
    IInputFieldDescriptor Name(string name);

    IInputFieldDescriptor Description(string? description);

    IInputFieldDescriptor Type<TSchemaType>();

    IInputFieldDescriptor Type(string typeSyntax);

    IInputFieldDescriptor DefaultValue(object? value);

    IInputFieldDescriptor Deprecated(string? reason = null);

    IInputFieldDescriptor Ignore(bool ignore = true);
}
