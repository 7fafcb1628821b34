using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Engine.Ports;

/// <summary>Working-time calendars edited through the API (configuration provides the defaults).</summary>
public interface ICalendarStore
{
    Task<IReadOnlyList<CalendarRecord>> ListAsync(CancellationToken ct = default);
    Task<CalendarRecord?> FindAsync(string name, CancellationToken ct = default);
    /// <summary>Inserts or replaces the calendar of that name.</summary>
    Task SaveAsync(CalendarRecord calendar, CancellationToken ct = default);
}
