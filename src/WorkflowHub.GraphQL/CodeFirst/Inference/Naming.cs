using System.Reflection;
using System.Text;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// HotChocolate's naming conventions: camelCase fields and arguments (<c>GetOpenTasksAsync</c> gives
/// <c>openTasks</c>), SCREAMING_SNAKE_CASE enum values (<c>InProgress</c> gives <c>IN_PROGRESS</c>),
/// type names from CLR names (<c>IShape</c> interfaces give <c>Shape</c>, input classes get an
/// <c>Input</c> suffix, <c>Page&lt;Book&gt;</c> gives <c>PageOfBook</c>).
/// </summary>
public static class Naming
{
    public static string TypeName(Type type, TypeKind kind)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = ClrName(type);
        if (kind == TypeKind.Interface && type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        if (kind == TypeKind.InputObject && !name.EndsWith("Input", StringComparison.Ordinal))
        {
            name += "Input";
        }

        return name;
    }

    /// <summary>The field name of a property, field or method, honouring <see cref="GraphQLNameAttribute"/>.</summary>
    public static string MemberName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    /// <summary><c>URLValue</c> gives <c>urlValue</c>, <c>ID</c> gives <c>id</c>, <c>Title</c> gives <c>title</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == name.Length)
        {
            return name.ToLowerInvariant();
        }

        // In "URLValue" the V starts the next word, so only "URL" is lowered.
        var lowered = upper > 1 ? upper - 1 : 1;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }

    /// <summary><c>InProgress</c> gives <c>IN_PROGRESS</c>, <c>HTTPError</c> gives <c>HTTP_ERROR</c>.</summary>
    public static string EnumValueName(string member)
    {
        var builder = new StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            if (i > 0 && char.IsUpper(c) && member[i - 1] != '_' &&
                (char.IsLower(member[i - 1]) || char.IsDigit(member[i - 1]) || (i + 1 < member.Length && char.IsLower(member[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    public static string? Description(ICustomAttributeProvider member) =>
        member.GetCustomAttributes(typeof(GraphQLDescriptionAttribute), false) is [GraphQLDescriptionAttribute description, ..]
            ? description.Description
            : null;

    public static string? DeprecationReason(ICustomAttributeProvider member)
    {
        if (member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), false) is [GraphQLDeprecatedAttribute deprecated, ..])
        {
            return deprecated.Reason;
        }

        return member.GetCustomAttributes(typeof(ObsoleteAttribute), false) is [ObsoleteAttribute obsolete, ..]
            ? obsolete.Message ?? "No longer supported"
            : null;
    }

    private static string ClrName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`')];
        return name + "Of" + string.Join("And", type.GetGenericArguments().Select(ClrName));
    }
}
