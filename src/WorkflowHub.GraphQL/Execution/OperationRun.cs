using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Execution.Results;
using WorkflowHub.GraphQL.Execution.Scheduling;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// One execution of an operation's selection set (a query, a mutation, or one subscription event):
/// ExecuteSelectionSet, CompleteValue and null propagation of spec chapter 6.
/// <para>
/// Resolvers that finish synchronously are completed inline. When one returns a pending task, its
/// siblings go on; its continuation later runs on this run's own loop (see
/// <see cref="ExecutionSynchronizationContext"/>), so the result is always built by one thread at a time,
/// and whenever that loop has nothing to run while resolvers are waiting, DataLoader batches are dispatched.
/// </para>
/// </summary>
internal sealed partial class OperationRun
{
    private readonly ExecutorOptions _options;
    private readonly ObjectType _rootType;
    private readonly SelectionPlan _rootPlan;
    private readonly object? _rootValue;
    private readonly RequestContext _request;
    /// <summary>When the timeout passes, in <see cref="Environment.TickCount64"/> milliseconds (cheap to read per object).</summary>
    private readonly long _deadline;
    private List<GraphQLError>? _errors;
    private bool _errorLimitReported;
    private ResultMap? _data;

    public OperationRun(
        Schema schema,
        ExecutorOptions options,
        OperationDefinitionNode operation,
        ObjectType rootType,
        SelectionPlan rootPlan,
        IReadOnlyDictionary<string, object?> variables,
        RequestContext request,
        object? rootValue)
    {
        Schema = schema;
        _options = options;
        Operation = operation;
        _rootType = rootType;
        _rootPlan = rootPlan;
        Variables = variables;
        _request = request;
        _rootValue = rootValue;
        _deadline = options.ExecutionTimeout is { } timeout
            ? Environment.TickCount64 + (long)Math.Min(timeout.TotalMilliseconds, int.MaxValue)
            : long.MaxValue;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services => _request.Services;

    public System.Security.Claims.ClaimsPrincipal? User => _request.User;

    public IDictionary<string, object?> ContextData => _request.ContextData;

    /// <summary>Runs the operation; completes synchronously when every resolver did. Never throws.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync()
    {
        int nextRootField;
        try
        {
            _data = new ResultMap(_rootPlan.Keys);
            if (Operation.Operation == OperationType.Mutation)
            {
                nextRootField = ExecuteSeriallyFrom(0);
            }
            else
            {
                ExecuteFields(_rootType, _rootValue, _rootPlan, _data);
                nextRootField = _rootPlan.Fields.Length;
            }
        }
        catch (Exception e)
        {
            LeaveContext();
            Finished();
            return new ValueTask<ExecutionResult>(Fail(e));
        }

        LeaveContext();
        if (_outstanding == 0 && nextRootField >= _rootPlan.Fields.Length)
        {
            Finished();
            return new ValueTask<ExecutionResult>(_fatal is { } fatal ? Fail(fatal) : BuildResult());
        }

        return new ValueTask<ExecutionResult>(RunAsync(nextRootField));
    }

    /// <summary>Mutations: root fields one after another, each with its whole subtree done before the next starts. Returns the index to go on from.</summary>
    private int ExecuteSeriallyFrom(int index)
    {
        var fields = _rootPlan.Fields;
        while (index < fields.Length && !_data!.IsDead && _fatal is null)
        {
            ExecuteField(_rootType, _rootValue, fields[index], _data, index);
            index++;
            if (_outstanding > 0)
            {
                break;
            }
        }

        return _data!.IsDead ? fields.Length : index;
    }

    private ExecutionResult BuildResult()
    {
        var errors = _errors;
        return ExecutionResult.FromData(_data is { IsDead: false } data ? data : null, errors);
    }

    private ExecutionResult Fail(Exception exception)
    {
        if (exception is OperationCanceledException && IsCancelled(out var cancelled))
        {
            return ExecutionResult.FromError(cancelled);
        }

        return ExecutionResult.FromError(new GraphQLError(
            _options.IncludeExceptionDetails ? exception.Message : "Unexpected Execution Error",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedExecutionError },
            exception: exception));
    }
}
