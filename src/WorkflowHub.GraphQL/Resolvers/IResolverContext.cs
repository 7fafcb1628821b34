using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Resolvers;

/// <summary>
/// What a resolver sees: the parent value, the field's coerced arguments, where it is in the
/// result, and request-wide things (cancellation, services, state shared by resolvers).
/// </summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    OutputField Field { get; }

    /// <summary>The first field node of the selection being resolved (fields merged under one response key share a resolver call).</summary>
    FieldNode Selection { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The value of the parent field (the root value for root fields).</summary>
    object? ParentValue { get; }

    /// <summary>Coerced argument values by name; arguments without value and default are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>Response path of this field, e.g. <c>users[2].name</c>.</summary>
    ResponsePath Path { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>Request services (may be an empty provider).</summary>
    IServiceProvider Services { get; }

    /// <summary>Who sent the request, as the transport authenticated them (null when it did not).</summary>
    System.Security.Claims.ClaimsPrincipal? User => null;

    /// <summary>State shared by all resolvers of one request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    T Parent<T>();

    /// <summary>An argument converted to <typeparamref name="T"/>; default when absent or null.</summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument was given or has a default.</summary>
    bool HasArgument(string name);

    /// <summary>A required service from <see cref="Services"/>.</summary>
    T Service<T>() where T : notnull;
}
