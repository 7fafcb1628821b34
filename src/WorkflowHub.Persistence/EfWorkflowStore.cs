using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence;

public sealed class EfWorkflowStore(IDbContextFactory<WorkflowHubDbContext> contexts) : IWorkflowStore
{
    public IWorkflowUnitOfWork Begin() => new EfUnitOfWork(contexts.CreateDbContext());
}
