using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace WorkflowHub.GraphQL.Execution.Scheduling;

/// <summary>Accepts any <c>IAsyncEnumerable&lt;T&gt;</c> as a stream of objects (value-type events are boxed).</summary>
internal static class AsyncStreams
{
    private static readonly ConcurrentDictionary<Type, Func<object, IAsyncEnumerable<object?>>?> Adapters = new();
    private static readonly MethodInfo BoxMethod = typeof(AsyncStreams).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static bool TryAdapt(object? source, out IAsyncEnumerable<object?> stream)
    {
        if (source is IAsyncEnumerable<object?> objects)
        {
            stream = objects;
            return true;
        }

        if (source is not null && Adapters.GetOrAdd(source.GetType(), CreateAdapter) is { } adapter)
        {
            stream = adapter(source);
            return true;
        }

        stream = null!;
        return false;
    }

    private static Func<object, IAsyncEnumerable<object?>>? CreateAdapter(Type type)
    {
        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                var box = BoxMethod.MakeGenericMethod(candidate.GetGenericArguments()[0]);
                return source => (IAsyncEnumerable<object?>)box.Invoke(null, [source, CancellationToken.None])!;
            }
        }

        return null;
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
