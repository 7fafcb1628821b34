namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// The hook between the executor and DataLoaders: loaders queue batches, and the executor runs
/// them (<see cref="DispatchAsync"/>) whenever every resolver it started is waiting, so one
/// level of a query costs one batch per loader. The executor finds the request's dispatcher in
/// the request services, else creates one with <see cref="ExecutorOptions.BatchDispatcherFactory"/>
/// and stores it in the context data under <see cref="ContextDataKey"/>.
/// </summary>
public interface IBatchDispatcher
{
    /// <summary>The key under which the request's dispatcher is kept in <see cref="RequestContext.ContextData"/>.</summary>
    public const string ContextDataKey = "WorkflowHub.GraphQL.BatchDispatcher";

    /// <summary>True when batches are queued.</summary>
    bool HasPending { get; }

    /// <summary>Raised (from any thread) when a batch is queued while none was.</summary>
    event Action? BatchQueued;

    /// <summary>Runs the queued batches; batches queued meanwhile wait for the next call.</summary>
    Task DispatchAsync();
}
