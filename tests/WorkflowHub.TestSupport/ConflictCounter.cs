using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Persistence;

namespace WorkflowHub.TestSupport;

/// <summary>Counts the commits a node's store attempts and those refused because another writer got there first.</summary>
public sealed class ConflictCounter
{
    private int _commits;
    private int _conflicts;

    public int Commits => _commits;
    public int Conflicts => _conflicts;

    /// <summary>Wraps the registered store so that every unit of work's commit is counted.</summary>
    public void CountCommitsOf(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IWorkflowStore>(sp => new CountingStore(ActivatorUtilities.CreateInstance<EfWorkflowStore>(sp), this)));

    private async Task Observe(Task commit)
    {
        Interlocked.Increment(ref _commits);
        try
        {
            await commit;
        }
        catch (ConcurrencyConflictException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
        }
    }

    private sealed class CountingStore(IWorkflowStore inner, ConflictCounter counter) : IWorkflowStore
    {
        public IWorkflowUnitOfWork Begin()
        {
            var proxy = DispatchProxy.Create<IWorkflowUnitOfWork, CountingUnitOfWork>();
            ((CountingUnitOfWork)(object)proxy).Wrap(inner.Begin(), counter);
            return proxy;
        }
    }

    /// <summary>Passes every call through; only the commit's outcome is looked at.</summary>
    public class CountingUnitOfWork : DispatchProxy
    {
        private IWorkflowUnitOfWork _inner = null!;
        private ConflictCounter _counter = null!;

        internal void Wrap(IWorkflowUnitOfWork inner, ConflictCounter counter)
        {
            _inner = inner;
            _counter = counter;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            try
            {
                var result = method!.Invoke(_inner, args);
                return method.Name == nameof(IWorkflowUnitOfWork.CommitAsync) ? _counter.Observe((Task)result!) : result;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
