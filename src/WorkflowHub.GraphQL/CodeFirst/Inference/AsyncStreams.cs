namespace WorkflowHub.GraphQL.CodeFirst;

internal static class AsyncStreams
{
    /// <summary>The T of <c>IAsyncEnumerable&lt;T&gt;</c> (possibly inside a task); null for other types.</summary>
    public static Type? ItemType(Type type)
    {
        type = ClrTypeShape.UnwrapTask(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            {
                return implemented.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
