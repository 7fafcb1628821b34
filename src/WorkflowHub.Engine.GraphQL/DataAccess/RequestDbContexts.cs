using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;

namespace WorkflowHub.Engine.GraphQL.DataAccess;

/// <summary>
/// DbContexts for one GraphQL request. Sibling resolvers run concurrently and a DbContext is not
/// thread-safe, so each resolver takes its own (from EF Core's pool); all are returned when the
/// request ends, after every IQueryable handed to the paging and filtering middleware has run.
/// </summary>
public sealed class RequestDbContexts(IDbContextFactory<WorkflowHubDbContext> factory) : IAsyncDisposable
{
    private readonly List<WorkflowHubDbContext> _opened = [];
    private readonly Lock _gate = new();

    public WorkflowHubDbContext Open()
    {
        var db = factory.CreateDbContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        lock (_gate) _opened.Add(db);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        List<WorkflowHubDbContext> opened;
        lock (_gate)
        {
            opened = [.. _opened];
            _opened.Clear();
        }
        foreach (var db in opened) await db.DisposeAsync();
    }
}
