using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowHub.Governance.Metrics.Rollup;

/// <summary>
/// Keeps <see cref="MetricsDay"/> rows current in the same transaction as every saved change to a request, whistle or
/// pledge, whoever saves it (a workflow step, a mutation, the demo seeder). When the caller has no transaction open,
/// one is opened around the save so that the rows and the rollup commit or roll back together.
/// </summary>
public sealed class MetricsRollupInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _opened = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not { } db || Deltas(db) is not { } deltas) return result;
        if (db.Database.CurrentTransaction is null) _opened.AddOrUpdate(db, db.Database.BeginTransaction());
        foreach (var command in MetricsRollupDeltas.Commands(db, deltas))
            using (command) command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is not { } db || Deltas(db) is not { } deltas) return result;
        if (db.Database.CurrentTransaction is null) _opened.AddOrUpdate(db, await db.Database.BeginTransactionAsync(ct));
        foreach (var command in MetricsRollupDeltas.Commands(db, deltas))
            await using (command) await command.ExecuteNonQueryAsync(ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } transaction) using (transaction) transaction.Commit();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (Take(eventData.Context) is { } transaction) await using (transaction) await transaction.CommitAsync(ct);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context)?.Dispose();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        if (Take(eventData.Context) is { } transaction) await transaction.DisposeAsync();
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Take(eventData.Context)?.Dispose();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default)
    {
        if (Take(eventData.Context) is { } transaction) await transaction.DisposeAsync();
    }

    /// <summary>The entries as the save will see them (<c>Entries()</c> detects changes exactly when the save would).</summary>
    private static Dictionary<(string OrgPath, int Day), MetricsCounts>? Deltas(DbContext db)
    {
        var deltas = MetricsRollupDeltas.Of(db.ChangeTracker.Entries());
        return deltas.Count == 0 ? null : deltas;
    }

    /// <summary>The transaction this interceptor opened for the context's save, if any (a disposed one rolls back).</summary>
    private IDbContextTransaction? Take(DbContext? db) =>
        db is not null && _opened.TryGetValue(db, out var transaction) && _opened.Remove(db) ? transaction : null;
}
