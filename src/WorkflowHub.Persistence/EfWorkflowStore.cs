using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence;

public sealed class EfWorkflowStore(IDbContextFactory<WorkflowHubDbContext> contexts, SqliteWriteGate? writeGate = null) : IWorkflowStore
{
    public IWorkflowUnitOfWork Begin()
    {
        var db = contexts.CreateDbContext();
        // Held open for the whole unit of work: EF Core would otherwise open and close it around
        // every query, and SQLite's provider sets up its functions on every open.
        db.Database.OpenConnection();
        return new EfUnitOfWork(db, writeGate);
    }
}
