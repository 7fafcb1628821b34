using System.Reflection;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Turns typed resolver delegates into <see cref="FieldResolver"/>s without allocating a task when the result is already there.</summary>
internal static class ResolverAdapters
{
    public static FieldResolver FromTask<T>(Func<IResolverContext, Task<T>> resolver) => context =>
    {
        var task = resolver(context);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);
    };

    public static FieldResolver FromValueTask<T>(Func<IResolverContext, ValueTask<T>> resolver) => context =>
    {
        var task = resolver(context);
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);
    };

    /// <summary>A resolver whose result is a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> of the given type, known only as object.</summary>
    public static FieldResolver FromAwaitable(Type awaitableType, Func<IResolverContext, object?> resolver)
    {
        var result = ClrTypeShape.UnwrapTask(awaitableType) ?? throw new ArgumentException($"{awaitableType} is not a task type.");
        var isValueTask = awaitableType.GetGenericTypeDefinition() == typeof(ValueTask<>);
        var method = typeof(ResolverAdapters).GetMethod(isValueTask ? nameof(BoxedValueTask) : nameof(BoxedTask), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(result);
        return (FieldResolver)method.Invoke(null, [resolver])!;
    }

    private static FieldResolver BoxedTask<T>(Func<IResolverContext, object?> resolver) =>
        FromTask(context => (Task<T>)resolver(context)!);

    private static FieldResolver BoxedValueTask<T>(Func<IResolverContext, object?> resolver) =>
        FromValueTask(context => (ValueTask<T>)resolver(context)!);

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    /// <summary>An event stream of T as the stream of objects the executor reads.</summary>
    public static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var item in stream.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>Wraps a resolver in middleware, the first one outermost.</summary>
    public static FieldResolver Wrap(FieldResolver resolver, IReadOnlyList<Func<FieldResolver, FieldResolver>> middleware)
    {
        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            resolver = middleware[i](resolver);
        }

        return resolver;
    }
}
