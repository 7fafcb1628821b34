using System.Linq.Expressions;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Object and interface descriptors share this: fields by name or member, interfaces, explicit binding.</summary>
internal class ComplexTypeDescriptor(ComplexTypeDefinition definition) : IObjectTypeDescriptor
{
    public ComplexTypeDefinition Definition { get; } = definition;

    public IObjectTypeDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Definition.Name = name;
        return this;
    }

    public IObjectTypeDescriptor Description(string? description)
    {
        Definition.Description = description;
        return this;
    }

    public IObjectFieldDescriptor Field(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var field = Definition.Fields.Find(f => f.Name == name && f.Member is null);
        if (field is null)
        {
            field = new ObjectFieldDefinition { Name = name, IsExplicit = true };
            Definition.Fields.Add(field);
        }

        return new ObjectFieldDescriptor(field);
    }

    public IObjectFieldDescriptor FieldOf(LambdaExpression selector)
    {
        var member = MemberSelector.Of(selector);
        var field = Definition.Fields.Find(f => Equals(f.Member, member) && f.ResolverClass is null);
        if (field is null)
        {
            field = FieldInference.FromMember(member, resolverClass: null);
            field.IsExplicit = true;
            Definition.Fields.Add(field);
        }

        return new ObjectFieldDescriptor(field);
    }

    public void IgnoreMember(LambdaExpression selector) => Definition.IgnoredMembers.Add(MemberSelector.Of(selector));

    public IObjectTypeDescriptor Implements<TInterface>() => Implements(TypeReference.Create<TInterface>());

    public IObjectTypeDescriptor Implements(TypeReference interfaceType)
    {
        Definition.Interfaces.Add(interfaceType ?? throw new ArgumentNullException(nameof(interfaceType)));
        return this;
    }

    public IObjectTypeDescriptor IsOfType(IsOfType isOfType)
    {
        Definition.IsOfType = isOfType;
        return this;
    }

    public IObjectTypeDescriptor BindFieldsExplicitly()
    {
        Definition.BindImplicitly = false;
        return this;
    }

    public IObjectTypeDescriptor BindFieldsImplicitly()
    {
        Definition.BindImplicitly = true;
        return this;
    }

    public ComplexTypeDefinition Extend() => Definition;
}

internal sealed class ObjectTypeDescriptor<T>(ComplexTypeDefinition definition) : ComplexTypeDescriptor(definition), IObjectTypeDescriptor<T>
{
    public new IObjectTypeDescriptor<T> Name(string name)
    {
        base.Name(name);
        return this;
    }

    public new IObjectTypeDescriptor<T> Description(string? description)
    {
        base.Description(description);
        return this;
    }

    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member) => FieldOf(member);

    public IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        IgnoreMember(member);
        return this;
    }

    public new IObjectTypeDescriptor<T> Implements<TInterface>()
    {
        base.Implements<TInterface>();
        return this;
    }

    public new IObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        base.BindFieldsExplicitly();
        return this;
    }
}

internal sealed class InterfaceTypeDescriptor<T>(ComplexTypeDefinition definition) : IInterfaceTypeDescriptor<T>
{
    private readonly ComplexTypeDescriptor _inner = new(definition);

    public IInterfaceTypeDescriptor<T> Name(string name)
    {
        _inner.Name(name);
        return this;
    }

    public IInterfaceTypeDescriptor<T> Description(string? description)
    {
        _inner.Description(description);
        return this;
    }

    public IObjectFieldDescriptor Field(string name) => _inner.Field(name);

    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member) => _inner.FieldOf(member);

    public IInterfaceTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        _inner.IgnoreMember(member);
        return this;
    }

    public IInterfaceTypeDescriptor<T> Implements<TInterface>()
    {
        _inner.Implements<TInterface>();
        return this;
    }

    public IInterfaceTypeDescriptor<T> ResolveAbstractType(ResolveAbstractType resolveType)
    {
        definition.ResolveAbstractType = resolveType;
        return this;
    }

    public IInterfaceTypeDescriptor<T> BindFieldsExplicitly()
    {
        _inner.BindFieldsExplicitly();
        return this;
    }
}
