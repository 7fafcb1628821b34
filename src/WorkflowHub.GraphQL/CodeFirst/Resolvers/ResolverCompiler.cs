using System.Linq.Expressions;
using System.Reflection;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// Compiles a field's member (property, field or method) into a resolver delegate once, when the
/// schema is built: parameters are read from the context (arguments, services, parent, state) by
/// compiled expressions, never by reflection per call.
/// </summary>
internal sealed class ResolverCompiler(IReadOnlyList<IParameterBinder> binders)
{
    private static readonly PropertyInfo ParentValue = typeof(IResolverContext).GetProperty(nameof(IResolverContext.ParentValue))!;
    private static readonly PropertyInfo RequestAborted = typeof(IResolverContext).GetProperty(nameof(IResolverContext.RequestAborted))!;
    private static readonly PropertyInfo User = typeof(IResolverContext).GetProperty(nameof(IResolverContext.User))!;

    /// <summary>True when the parameter is bound from the context rather than being a GraphQL argument.</summary>
    public bool IsContextParameter(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(CancellationToken) ||
        parameter.ParameterType == typeof(System.Security.Claims.ClaimsPrincipal) ||
        typeof(IResolverContext).IsAssignableFrom(parameter.ParameterType) ||
        parameter.IsDefined(typeof(ServiceAttribute)) || parameter.IsDefined(typeof(ParentAttribute)) ||
        parameter.IsDefined(typeof(GlobalStateAttribute)) || parameter.IsDefined(typeof(EventMessageAttribute)) ||
        parameter.IsDefined(typeof(GraphQLIgnoreAttribute)) ||
        binders.Any(b => b.CanBind(parameter));

    /// <summary>Sets the field's resolver (and subscriber) from its member.</summary>
    public void Compile(ObjectFieldDefinition field, bool isSubscription, Func<string, Func<object?, object?>> converterFor)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        switch (field.Member)
        {
            case PropertyInfo or FieldInfo:
                var read = Expression.MakeMemberAccess(IsStatic(field.Member) ? null : Instance(field, field.Member, context), field.Member);
                field.SyncResolver = Expression.Lambda<SyncFieldResolver>(Expression.Convert(read, typeof(object)), context).Compile();
                return;
            case MethodInfo method:
                if (isSubscription && (AsyncStreams.ItemType(method.ReturnType) is not null || method.GetCustomAttribute<SubscribeAttribute>() is not null))
                {
                    CompileSubscription(field, method, context, converterFor);
                    return;
                }

                SetResolver(field, Call(field, method, context, converterFor), context);
                return;
        }
    }

    private void CompileSubscription(ObjectFieldDefinition field, MethodInfo method, ParameterExpression context, Func<string, Func<object?, object?>> converterFor)
    {
        var streamMethod = method;
        if (method.GetCustomAttribute<SubscribeAttribute>() is { With: { } with })
        {
            streamMethod = method.DeclaringType!.GetMethod(with, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                           ?? throw new InvalidOperationException($"[Subscribe(With = \"{with}\")] on {method.DeclaringType.Name}.{method.Name}: there is no method named {with}.");
            SetResolver(field, Call(field, method, context, converterFor), context);
        }
        else
        {
            field.SyncResolver = static context => context.ParentValue;
        }

        var itemType = AsyncStreams.ItemType(streamMethod.ReturnType)
                       ?? throw new InvalidOperationException($"{streamMethod.DeclaringType!.Name}.{streamMethod.Name} must return IAsyncEnumerable<T> to be a subscription stream.");
        var call = Call(field, streamMethod, context, converterFor);
        var stream = typeof(IAsyncEnumerable<>).MakeGenericType(itemType);
        var ct = Expression.Property(context, RequestAborted);
        Expression body;
        if (ClrTypeShape.UnwrapTask(call.Type) is { } result)
        {
            var helper = call.Type.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(StreamFromTask) : nameof(StreamFromValueTask);
            body = Expression.Call(typeof(ResolverCompiler), helper, [result, itemType], call, ct);
        }
        else
        {
            body = Expression.Call(typeof(ResolverCompiler), nameof(StreamNow), [itemType], Expression.Convert(call, stream), ct);
        }

        field.Subscriber = Expression.Lambda<SubscribeResolver>(body, context).Compile();
    }

    private static ValueTask<IAsyncEnumerable<object?>> StreamNow<T>(IAsyncEnumerable<T> stream, CancellationToken ct) =>
        new(ResolverAdapters.Box(stream, ct));

    private static async ValueTask<IAsyncEnumerable<object?>> StreamFromTask<TStream, T>(Task<TStream> task, CancellationToken ct) =>
        ResolverAdapters.Box((IAsyncEnumerable<T>)(await task.ConfigureAwait(false))!, ct);

    private static async ValueTask<IAsyncEnumerable<object?>> StreamFromValueTask<TStream, T>(ValueTask<TStream> task, CancellationToken ct) =>
        ResolverAdapters.Box((IAsyncEnumerable<T>)(await task.ConfigureAwait(false))!, ct);

    private static void SetResolver(ObjectFieldDefinition field, Expression call, ParameterExpression context)
    {
        var returnType = call.Type;
        if (ClrTypeShape.UnwrapTask(returnType) is { } result)
        {
            var isValueTask = returnType.GetGenericTypeDefinition() == typeof(ValueTask<>);
            var delegateType = typeof(Func<,>).MakeGenericType(typeof(IResolverContext), returnType);
            var compiled = Expression.Lambda(delegateType, call, context).Compile();
            var adapter = typeof(ResolverAdapters).GetMethod(isValueTask ? nameof(ResolverAdapters.FromValueTask) : nameof(ResolverAdapters.FromTask))!
                .MakeGenericMethod(result);
            field.Resolver = (FieldResolver)adapter.Invoke(null, [compiled])!;
            field.SyncResolver = null;
            return;
        }

        field.SyncResolver = Expression.Lambda<SyncFieldResolver>(Expression.Convert(call, typeof(object)), context).Compile();
        field.Resolver = null;
    }

    private Expression Call(ObjectFieldDefinition field, MethodInfo method, ParameterExpression context, Func<string, Func<object?, object?>> converterFor)
    {
        var arguments = new List<Expression>();
        foreach (var parameter in method.GetParameters())
        {
            arguments.Add(BindParameter(field, parameter, context, converterFor));
        }

        return Expression.Call(method.IsStatic ? null : Instance(field, method, context), method, arguments);
    }

    private Expression BindParameter(ObjectFieldDefinition field, ParameterInfo parameter, ParameterExpression context, Func<string, Func<object?, object?>> converterFor)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, RequestAborted);
        }

        if (type == typeof(System.Security.Claims.ClaimsPrincipal))
        {
            return Expression.Property(context, User);
        }

        if (typeof(IResolverContext).IsAssignableFrom(type))
        {
            return Expression.Convert(context, type);
        }

        if (parameter.IsDefined(typeof(ParentAttribute)) || parameter.IsDefined(typeof(EventMessageAttribute)))
        {
            return Expression.Convert(Expression.Property(context, ParentValue), type);
        }

        if (parameter.IsDefined(typeof(ServiceAttribute)))
        {
            return ParameterBinding.FromServices(type, context);
        }

        if (parameter.GetCustomAttribute<GlobalStateAttribute>() is { } state)
        {
            return Expression.Call(typeof(ParameterBinding), nameof(ParameterBinding.GlobalState), [type], context, Expression.Constant(state.Key ?? parameter.Name!));
        }

        if (parameter.IsDefined(typeof(GraphQLIgnoreAttribute)))
        {
            return Expression.Default(type);
        }

        foreach (var binder in binders)
        {
            if (binder.CanBind(parameter))
            {
                return binder.Bind(parameter, context);
            }
        }

        var argument = field.Arguments.Find(a => a.Parameter == parameter)
                       ?? throw new InvalidOperationException($"Parameter '{parameter.Name}' of {parameter.Member.Name} has no argument.");
        return Expression.Call(typeof(ParameterBinding), nameof(ParameterBinding.Argument), [type], context,
            Expression.Constant(argument.Name), Expression.Constant(converterFor(argument.Name)));
    }

    private static Expression Instance(ObjectFieldDefinition field, MemberInfo member, ParameterExpression context)
    {
        var declaring = member.DeclaringType!;
        if (field.ResolverClass is { } resolverClass && !resolverClass.IsValueType)
        {
            var get = typeof(ResolverInstance<>).MakeGenericType(resolverClass).GetMethod("Get")!;
            return Expression.Convert(Expression.Call(get, context), declaring);
        }

        return Expression.Convert(Expression.Property(context, ParentValue), declaring);
    }

    private static bool IsStatic(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetMethod?.IsStatic == true,
        FieldInfo field => field.IsStatic,
        MethodInfo method => method.IsStatic,
        _ => false,
    };
}
