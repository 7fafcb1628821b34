using System.Linq.Expressions;
using System.Reflection;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

internal sealed class UnionTypeDescriptor(UnionTypeDefinition definition) : IUnionTypeDescriptor
{
    public IUnionTypeDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        definition.Name = name;
        return this;
    }

    public IUnionTypeDescriptor Description(string? description)
    {
        definition.Description = description;
        return this;
    }

    public IUnionTypeDescriptor Type<TObjectType>()
    {
        definition.Types.Add(TypeReference.Create<TObjectType>());
        return this;
    }

    public IUnionTypeDescriptor ResolveAbstractType(ResolveAbstractType resolveType)
    {
        definition.ResolveAbstractType = resolveType;
        return this;
    }
}

internal sealed class EnumTypeDescriptor<TEnum>(EnumTypeDefinition definition) : IEnumTypeDescriptor<TEnum>
    where TEnum : struct, Enum
{
    private bool _explicit;
    private readonly HashSet<EnumValueDefinition> _configured = [];

    public IEnumTypeDescriptor<TEnum> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        definition.Name = name;
        return this;
    }

    public IEnumTypeDescriptor<TEnum> Description(string? description)
    {
        definition.Description = description;
        return this;
    }

    public IEnumValueDescriptor Value(TEnum value)
    {
        var found = definition.Values.Find(v => v.Value.Equals(value))
                    ?? throw new ArgumentException($"{value} is not a member of {typeof(TEnum).Name}.", nameof(value));
        _configured.Add(found);
        return new EnumValueDescriptor(found);
    }

    public IEnumTypeDescriptor<TEnum> BindValuesExplicitly()
    {
        _explicit = true;
        return this;
    }

    internal void Complete()
    {
        if (_explicit)
        {
            definition.Values.RemoveAll(v => !_configured.Contains(v));
        }
    }
}

internal sealed class EnumValueDescriptor(EnumValueDefinition definition) : IEnumValueDescriptor
{
    public IEnumValueDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        definition.Name = name;
        return this;
    }

    public IEnumValueDescriptor Description(string? description)
    {
        definition.Description = description;
        return this;
    }

    public IEnumValueDescriptor Deprecated(string? reason = null)
    {
        definition.DeprecationReason = reason ?? "No longer supported";
        return this;
    }

    public IEnumValueDescriptor Ignore(bool ignore = true)
    {
        definition.IsIgnored = ignore;
        return this;
    }
}

internal sealed class InputObjectTypeDescriptor<T>(InputObjectTypeDefinition definition) : IInputObjectTypeDescriptor<T>
{
    public IInputObjectTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        definition.Name = name;
        return this;
    }

    public IInputObjectTypeDescriptor<T> Description(string? description)
    {
        definition.Description = description;
        return this;
    }

    public IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> property)
    {
        var member = MemberSelector.Of(property) as PropertyInfo
                     ?? throw new ArgumentException("An input field must select a property.", nameof(property));
        var field = definition.Fields.Find(f => Equals(f.Property, member));
        if (field is null)
        {
            field = FieldInference.InputField(member);
            definition.Fields.Add(field);
        }

        return new InputFieldDescriptor(field);
    }

    public IInputObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        definition.IgnoredMembers.Add(MemberSelector.Of(property));
        return this;
    }

    public IInputObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        definition.BindImplicitly = false;
        return this;
    }
}

internal sealed class InputFieldDescriptor(InputFieldDefinition definition) : IInputFieldDescriptor
{
    public IInputFieldDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        definition.Name = name;
        return this;
    }

    public IInputFieldDescriptor Description(string? description)
    {
        definition.Description = description;
        return this;
    }

    public IInputFieldDescriptor Type<TSchemaType>()
    {
        definition.Type = TypeReference.Create<TSchemaType>();
        return this;
    }

    public IInputFieldDescriptor Type(string typeSyntax)
    {
        definition.Type = TypeReference.Parse(typeSyntax);
        return this;
    }

    public IInputFieldDescriptor DefaultValue(object? value)
    {
        definition.DefaultValue = value;
        definition.HasDefaultValue = true;
        return this;
    }

    public IInputFieldDescriptor Deprecated(string? reason = null)
    {
        definition.DeprecationReason = reason ?? "No longer supported";
        return this;
    }

    public IInputFieldDescriptor Ignore(bool ignore = true)
    {
        definition.IsIgnored = ignore;
        return this;
    }
}
