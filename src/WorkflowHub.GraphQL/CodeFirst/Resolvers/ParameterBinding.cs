using System.Linq.Expressions;
using System.Reflection;
using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// Gives resolver method parameters that are not GraphQL arguments their value. Register one with
/// <c>SchemaBuilder.AddParameterBinder</c> (the data conventions use it for DataLoaders).
/// </summary>
public interface IParameterBinder
{
    bool CanBind(ParameterInfo parameter);

    /// <summary>An expression of the parameter's type, read from <paramref name="context"/> (an <see cref="IResolverContext"/>).</summary>
    Expression Bind(ParameterInfo parameter, Expression context);
}

/// <summary>Reads parameter values at run time; compiled resolvers call these.</summary>
public static class ParameterBinding
{
    private static readonly MethodInfo ServiceMethod = typeof(ParameterBinding).GetMethod(nameof(Service))!;

    /// <summary>An expression reading a required service of the parameter's type from the request services.</summary>
    public static Expression FromServices(Type serviceType, Expression context) =>
        Expression.Convert(Expression.Call(ServiceMethod, context, Expression.Constant(serviceType)), serviceType);

    public static object Service(IResolverContext context, Type serviceType) =>
        context.Services.GetService(serviceType)
        ?? throw new InvalidOperationException($"No service of type {serviceType.Name} is registered for this request.");

    public static T Argument<T>(IResolverContext context, string name, Func<object?, object?> convert)
    {
        if (!context.Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }

        return value is T typed ? typed : (T)convert(value)!;
    }

    public static T GlobalState<T>(IResolverContext context, string key) =>
        context.ContextData.TryGetValue(key, out var value) && value is not null
            ? value is T typed ? typed : ValueConverter.ConvertTo<T>(value)
            : default!;
}
