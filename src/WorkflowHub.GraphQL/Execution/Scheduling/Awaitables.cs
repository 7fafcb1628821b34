using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace WorkflowHub.GraphQL.Execution.Scheduling;

/// <summary>
/// Recognises tasks among resolver results (a synchronous resolver may return a <see cref="Task"/> or
/// <see cref="ValueTask{TResult}"/> of any type) and turns them into a <see cref="ValueTask{TResult}"/> of object.
/// </summary>
internal static class Awaitables
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> ResultReaders = new();
    private static readonly ConcurrentDictionary<Type, Func<object, Task>?> ValueTaskConverters = new();

    public static bool IsAwaitable(object? value) =>
        value is Task || (value is not null && value.GetType() is { IsValueType: true, IsGenericType: true } type && ValueTaskConverter(type) is not null) || value is ValueTask;

    /// <summary>The awaitable as a ValueTask of object; call only when <see cref="IsAwaitable"/> said so.</summary>
    public static ValueTask<object?> ToValueTask(object value)
    {
        switch (value)
        {
            case Task<object?> typed:
                return new ValueTask<object?>(typed);
            case Task task:
                return task.IsCompletedSuccessfully ? new ValueTask<object?>(ReadResult(task)) : AwaitTask(task);
            case ValueTask<object?> valueTask:
                return valueTask;
            case ValueTask plain:
                return plain.IsCompletedSuccessfully ? new ValueTask<object?>((object?)null) : AwaitPlain(plain);
            default:
                return ToValueTask(ValueTaskConverter(value.GetType())!(value));
        }
    }

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task;
        return ReadResult(task);
    }

    private static async ValueTask<object?> AwaitPlain(ValueTask task)
    {
        await task;
        return null;
    }

    private static object? ReadResult(Task task) => ResultReaders.GetOrAdd(task.GetType(), CreateReader)(task);

    private static Func<Task, object?> CreateReader(Type taskType)
    {
        var type = taskType;
        while (type is not null && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)))
        {
            type = type.BaseType;
        }

        // async Task methods complete a Task<VoidTaskResult>: that is no value.
        if (type is null || type.GetGenericArguments()[0].FullName == "System.Threading.Tasks.VoidTaskResult")
        {
            return static _ => null;
        }

        var parameter = Expression.Parameter(typeof(Task));
        var result = Expression.Property(Expression.Convert(parameter, type), "Result");
        return Expression.Lambda<Func<Task, object?>>(Expression.Convert(result, typeof(object)), parameter).Compile();
    }

    private static Func<object, Task>? ValueTaskConverter(Type type) => ValueTaskConverters.GetOrAdd(type, static t =>
    {
        if (!t.IsGenericType || t.GetGenericTypeDefinition() != typeof(ValueTask<>))
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object));
        var asTask = Expression.Call(Expression.Convert(parameter, t), t.GetMethod(nameof(ValueTask<int>.AsTask))!);
        return Expression.Lambda<Func<object, Task>>(Expression.Convert(asTask, typeof(Task)), parameter).Compile();
    });
}
