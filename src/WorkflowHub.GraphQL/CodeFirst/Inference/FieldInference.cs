using System.Reflection;
using System.Runtime.CompilerServices;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Which members of a CLR type become fields, and the field each one gives.</summary>
internal static class FieldInference
{
    private static readonly HashSet<string> ObjectMethods = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "Dispose", "DisposeAsync", "CompareTo", "GetEnumerator"];

    /// <summary>Public properties, then public methods, in declaration order; static members only when <paramref name="includeStatic"/>.</summary>
    public static IEnumerable<MemberInfo> Members(Type type, bool includeStatic)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : 0);
        foreach (var property in type.GetProperties(flags))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true } && !IsIgnored(property))
            {
                yield return property;
            }
        }

        foreach (var method in type.GetMethods(flags))
        {
            if (IsFieldMethod(method))
            {
                yield return method;
            }
        }
    }

    private static bool IsFieldMethod(MethodInfo method) =>
        !method.IsSpecialName && !method.IsGenericMethodDefinition && method.DeclaringType != typeof(object) &&
        method.ReturnType != typeof(void) && method.ReturnType != typeof(Task) && method.ReturnType != typeof(ValueTask) &&
        !ObjectMethods.Contains(method.Name) && !method.Name.Contains('<') && !IsIgnored(method) &&
        !method.IsDefined(typeof(CompilerGeneratedAttribute)) && method.GetParameters().All(p => !p.IsOut && !p.ParameterType.IsByRef);

    private static bool IsIgnored(MemberInfo member) => member.IsDefined(typeof(GraphQLIgnoreAttribute), true);

    public static ObjectFieldDefinition FromMember(MemberInfo member, Type? resolverClass)
    {
        var field = new ObjectFieldDefinition
        {
            Name = Naming.MemberName(member),
            Description = Naming.Description(member),
            DeprecationReason = Naming.DeprecationReason(member),
            Member = member,
            ResolverClass = resolverClass,
        };
        field.Type = ExplicitType(member) ?? TypeReference.Create(OutputShape(member));
        field.ResultType = ResultType(member);
        return field;
    }

    public static InputFieldDefinition InputField(PropertyInfo property) => new()
    {
        Name = Naming.MemberName(property),
        Description = Naming.Description(property),
        DeprecationReason = Naming.DeprecationReason(property),
        Property = property,
        Type = ExplicitType(property) ?? TypeReference.Create(ApplyAttributes(property, ClrTypeShape.Of(property, new NullabilityInfoContext()))),
    };

    public static ArgumentDefinition Argument(ParameterInfo parameter)
    {
        var argument = new ArgumentDefinition
        {
            Name = Naming.ArgumentName(parameter),
            Description = Naming.Description(parameter),
            DeprecationReason = Naming.DeprecationReason(parameter),
            Parameter = parameter,
            Type = ExplicitType(parameter) ?? TypeReference.Create(ApplyAttributes(parameter, ClrTypeShape.Of(parameter, new NullabilityInfoContext()))),
        };
        if (parameter.HasDefaultValue)
        {
            argument.DefaultValue = parameter.DefaultValue;
            argument.HasDefaultValue = true;
        }

        return argument;
    }

    /// <summary>The CLR type a member produces, tasks unwrapped.</summary>
    public static Type ResultType(MemberInfo member)
    {
        var type = member switch
        {
            PropertyInfo property => property.PropertyType,
            FieldInfo field => field.FieldType,
            MethodInfo method => method.ReturnType,
            _ => typeof(object),
        };
        return ClrTypeShape.UnwrapTask(type) ?? type;
    }

    public static ClrTypeShape OutputShape(MemberInfo member)
    {
        var context = new NullabilityInfoContext();
        var shape = member switch
        {
            PropertyInfo property => ClrTypeShape.Of(property, context),
            FieldInfo field => ClrTypeShape.Of(field, context),
            MethodInfo method => MethodShape(method, context),
            _ => throw new ArgumentException($"{member.Name} is not a property, field or method."),
        };
        return ApplyAttributes(member, shape);
    }

    private static ClrTypeShape MethodShape(MethodInfo method, NullabilityInfoContext context)
    {
        var info = context.Create(method.ReturnParameter);
        var type = method.ReturnType;
        if (AsyncStreams.ItemType(type) is { } item)
        {
            // A subscription stream: the field's type is the event's.
            var streamInfo = ClrTypeShape.UnwrapTask(type) is not null ? info.GenericTypeArguments.FirstOrDefault() : info;
            return ClrTypeShape.Of(item, streamInfo?.GenericTypeArguments.FirstOrDefault());
        }

        return ClrTypeShape.Of(type, info);
    }

    private static ClrTypeShape ApplyAttributes(ICustomAttributeProvider member, ClrTypeShape shape)
    {
        if (member.GetCustomAttributes(typeof(GraphQLNonNullTypeAttribute), true) is [GraphQLNonNullTypeAttribute nonNull, ..])
        {
            shape = shape.ForceNonNull(nonNull.NonNull);
        }

        return shape;
    }

    private static TypeReference? ExplicitType(ICustomAttributeProvider member)
    {
        if (member.GetCustomAttributes(typeof(GraphQLTypeAttribute), true) is [GraphQLTypeAttribute explicitType, ..])
        {
            return TypeReference.Create(explicitType.Type);
        }

        if (member.IsDefined(typeof(IDAttribute), true))
        {
            var shape = member switch
            {
                ParameterInfo parameter => ClrTypeShape.Of(parameter, new NullabilityInfoContext()),
                MemberInfo info => OutputShape(info),
                _ => null,
            };
            return shape is null ? null : new IdTypeReference(shape);
        }

        return null;
    }
}

/// <summary>The ID scalar in place of whatever named type the CLR shape has, keeping its nullability and lists.</summary>
internal sealed class IdTypeReference(ClrTypeShape shape) : TypeReference
{
    public ClrTypeShape Shape { get; } = shape;
}
