using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// The object a root-type or extension-class method is called on: the parent value when it is one,
/// else the instance registered in the request's services, else one instance created once.
/// </summary>
public static class ResolverInstance<T>
    where T : class
{
    private static T? _shared;

    public static T Get(IResolverContext context) =>
        context.ParentValue as T ?? context.Services.GetService(typeof(T)) as T ?? (_shared ??= Create());

    private static T Create() =>
        typeof(T).GetConstructor(Type.EmptyTypes) is not null
            ? Activator.CreateInstance<T>()
            : throw new InvalidOperationException(
                $"{typeof(T).Name} has no parameterless constructor; register it in the request services so its resolvers can run.");
}
