using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Resolvers;

/// <summary>
/// The executor's <see cref="IResolverContext"/>: a plain mutable object, so one instance can be
/// filled per field call (or reused) without further allocation.
/// </summary>
public sealed class ResolverContext : IResolverContext
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();
    private IDictionary<string, object?>? _contextData;

    public Schema Schema { get; set; } = null!;

    public ObjectType ObjectType { get; set; } = null!;

    public OutputField Field { get; set; } = null!;

    public FieldNode Selection { get; set; } = null!;

    public OperationDefinitionNode Operation { get; set; } = null!;

    public object? ParentValue { get; set; }

    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = NoValues;

    public IReadOnlyDictionary<string, object?> Variables { get; set; } = NoValues;

    public ResponsePath Path { get; set; } = null!;

    public CancellationToken RequestAborted { get; set; }

    public IServiceProvider Services { get; set; } = EmptyServiceProvider.Instance;

    public System.Security.Claims.ClaimsPrincipal? User { get; set; }

    /// <summary>Request-wide state; created on first use when the executor did not set it.</summary>
    public IDictionary<string, object?> ContextData
    {
        get => _contextData ??= new Dictionary<string, object?>();
        set => _contextData = value;
    }

    public T Parent<T>() => (T)ParentValue!;

    public T ArgumentValue<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ValueConverter.ConvertTo<T>(value) : default!;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T Service<T>() where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).Name} is registered.");
}
