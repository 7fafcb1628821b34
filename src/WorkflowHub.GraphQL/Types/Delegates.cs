using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.Types;

/// <summary>Resolves a field's value asynchronously.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Resolves a field's value synchronously (preferred by the executor when present: no task machinery).</summary>
public delegate object? SyncFieldResolver(IResolverContext context);

/// <summary>Creates the event stream of a subscription field; each event becomes the parent value of one execution.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>Picks the object type of a value returned for an interface or union field; null when it cannot tell.</summary>
public delegate ObjectType? ResolveAbstractType(IResolverContext context, object value);

/// <summary>Tells whether a value belongs to an object type (used by the default abstract type resolution).</summary>
public delegate bool IsOfType(IResolverContext context, object value);
