using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

/// <summary>Calls one field's resolver the way the executor does, with coerced arguments and request services.</summary>
internal static class ResolverRunner
{
    public static async Task<object?> ResolveAsync(Schema schema, string typeName, string fieldName, object? parent = null,
        IReadOnlyDictionary<string, object?>? arguments = null, IServiceProvider? services = null, IDictionary<string, object?>? state = null,
        CancellationToken ct = default)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = type.Fields[fieldName];
        var context = new ResolverContext
        {
            Schema = schema,
            ObjectType = type,
            Field = field,
            Selection = new FieldNode(null, new NameNode(fieldName), [], [], null),
            ParentValue = parent,
            Arguments = arguments ?? new Dictionary<string, object?>(),
            Services = services ?? EmptyServiceProvider.Instance,
            ContextData = state ?? new Dictionary<string, object?>(),
            RequestAborted = ct,
        };
        if (field.SyncResolver is { } sync)
        {
            return sync(context);
        }

        return await field.Resolver!(context);
    }

    public static IAsyncEnumerable<object?> Subscribe(Schema schema, string fieldName, IReadOnlyDictionary<string, object?>? arguments = null,
        IServiceProvider? services = null)
    {
        var type = schema.SubscriptionType!;
        var field = type.Fields[fieldName];
        var context = new ResolverContext
        {
            Schema = schema,
            ObjectType = type,
            Field = field,
            Selection = new FieldNode(null, new NameNode(fieldName), [], [], null),
            Arguments = arguments ?? new Dictionary<string, object?>(),
            Services = services ?? EmptyServiceProvider.Instance,
        };
        return field.Subscriber!(context).AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>A service provider over a fixed set of instances.</summary>
internal sealed class Services(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
