using System.Linq.Expressions;
using System.Reflection;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.GraphQL.Data;

/// <summary>The properties of a node type that filters and sorts may use, with their field names and selectors.</summary>
internal static class ConventionMembers
{
    public static IEnumerable<(string Name, PropertyInfo Property, LambdaExpression Selector)> Of<T>()
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } || property.IsDefined(typeof(GraphQLIgnoreAttribute)))
            {
                continue;
            }

            var row = Expression.Parameter(typeof(T), "row");
            yield return (Naming.MemberName(property), property, Expression.Lambda(Expression.Property(row, property), row));
        }
    }

    /// <summary>Scalars and enums that compare and order in SQL.</summary>
    public static bool IsOrderable(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type == typeof(string) || type == typeof(bool) || type == typeof(Guid) || type == typeof(DateTimeOffset) ||
               type == typeof(DateTime) || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double) ||
               type == typeof(float) || type == typeof(decimal);
    }
}
