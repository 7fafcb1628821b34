using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data.Tests.Conventions;

/// <summary>Starts one field's resolver as the executor does, with coerced arguments and request services.</summary>
internal static class FieldRunner
{
    public static ValueTask<object?> Start(Schema schema, string typeName, string fieldName, object? parent = null,
        IReadOnlyDictionary<string, object?>? arguments = null, IServiceProvider? services = null,
        System.Security.Claims.ClaimsPrincipal? user = null)
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
            ContextData = (services as IRequestState)?.State ?? new Dictionary<string, object?>(),
            User = user,
        };
        return field.SyncResolver is { } sync ? new ValueTask<object?>(sync(context)) : field.Resolver!(context);
    }
}

/// <summary>Request services that also carry the request-wide state every resolver of the request shares.</summary>
internal interface IRequestState
{
    IDictionary<string, object?> State { get; }
}
