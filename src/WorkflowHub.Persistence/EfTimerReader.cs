using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence;

/// <summary>Read-only timer queries on the (Status, DueAt) and (InstanceId, Status) indexes.</summary>
internal sealed class EfTimerReader(IDbContextFactory<WorkflowHubDbContext> contexts) : ITimerReader
{
    public async Task<IReadOnlyList<WorkflowTimer>> DueAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(max).ToListAsync(ct);
    }

    public async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt >= from && t.DueAt < to)
            .OrderBy(t => t.DueAt).Select(t => (DateTimeOffset?)t.DueAt).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<WorkflowTimer>> PendingPageAsync(DateTimeOffset? afterDueAt, Guid? afterId, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending);
        if (afterDueAt is { } due)
        {
            // Guids compare as their stored text in SQL; ties on DueAt are broken by the id's text the same way.
            var id = afterId ?? Guid.Empty;
            query = query.Where(t => t.DueAt > due || (t.DueAt == due && t.Id.CompareTo(id) > 0));
        }
        return await query.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(take).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<WorkflowTimer>> ListAsync(TimerFilter filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Timers.AsNoTracking();
        if (filter.InstanceId is { } instance) query = query.Where(t => t.InstanceId == instance);
        if (filter.Status is { } status) query = query.Where(t => t.Status == status);
        if (filter.DueFrom is { } from) query = query.Where(t => t.DueAt >= from);
        if (filter.DueBefore is { } before) query = query.Where(t => t.DueAt < before);
        if (filter.Calendar is { } calendar) query = query.Where(t => t.Calendar == calendar);
        return await query.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Skip(filter.Skip).Take(Math.Clamp(filter.Take, 1, 1000)).ToListAsync(ct);
    }

    public async Task<WorkflowTimer?> FindAsync(Guid timerId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Timers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == timerId, ct);
    }
}

/// <summary>Calendars saved through the API, one row each.</summary>
internal sealed class EfCalendarStore(IDbContextFactory<WorkflowHubDbContext> contexts, SqliteWriteGate? writeGate = null) : ICalendarStore
{
    public async Task<IReadOnlyList<CalendarRecord>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calendars.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
    }

    public async Task<CalendarRecord?> FindAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Calendars.AsNoTracking().FirstOrDefaultAsync(c => c.Name == name, ct);
    }

    public async Task SaveAsync(CalendarRecord calendar, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        using var _ = writeGate is null ? default : await writeGate.EnterAsync(ct);
        var existing = await db.Calendars.FirstOrDefaultAsync(c => c.Name == calendar.Name, ct);
        if (existing is null) db.Calendars.Add(calendar);
        else
        {
            existing.Json = calendar.Json;
            existing.UpdatedAt = calendar.UpdatedAt;
            existing.UpdatedBy = calendar.UpdatedBy;
        }
        await db.SaveChangesAsync(ct);
    }
}
