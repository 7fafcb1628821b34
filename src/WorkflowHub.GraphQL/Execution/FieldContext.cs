using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Execution.Results;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>The resolver context the executor passes: one per resolver call; the response path is built only when asked for.</summary>
internal sealed class FieldContext(OperationRun run, ObjectType objectType, FieldPlan plan, object? parent, IReadOnlyDictionary<string, object?> arguments, ResultNode? node, int slot)
    : IResolverContext
{
    private ResponsePath? _path;

    public Schema Schema => run.Schema;

    public ObjectType ObjectType { get; } = objectType;

    public OutputField Field => plan.Field;

    public FieldNode Selection => plan.Nodes[0];

    public OperationDefinitionNode Operation => run.Operation;

    public object? ParentValue { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public IReadOnlyDictionary<string, object?> Variables => run.Variables;

    public ResponsePath Path => _path ??= ResultPaths.ToResponsePath(node, slot, plan.ResponseKey);

    public CancellationToken RequestAborted => run.CancellationToken;

    public IServiceProvider Services => run.Services;

    public System.Security.Claims.ClaimsPrincipal? User => run.User;

    public IDictionary<string, object?> ContextData => run.ContextData;

    public T Parent<T>() => (T)ParentValue!;

    public T ArgumentValue<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ValueConverter.ConvertTo<T>(value) : default!;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T Service<T>() where T : notnull =>
        Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).Name} is registered.");
}
