using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Scheduling.Calendars;

public enum CalendarSource { Configuration, Api }

/// <summary>A calendar as the API shows it.</summary>
public sealed record CalendarInfo(string Name, CalendarDefinition Definition, CalendarSource Source, DateTimeOffset? UpdatedAt, string? UpdatedBy);

public sealed record SaveCalendarResult(CalendarInfo? Calendar, IReadOnlyList<ValidationError> Errors);

/// <summary>
/// Working-time calendars: those in configuration are the defaults, those saved through the API replace
/// them by name (and are shared by every server through the database). Counts deadlines in working time
/// for the engine. A name that is neither a calendar nor an org unit assigned to one falls back to the
/// calendar named <c>default</c> when there is one.
/// </summary>
public sealed class CalendarService : IWorkingTimeCalendar
{
    public const string DefaultCalendar = "default";
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly IReadOnlyDictionary<string, CalendarDefinition> _configured;
    private readonly ICalendarStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger<CalendarService> _logger;
    private readonly TimeSpan _refresh;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;

    public CalendarService(CalendarConfiguration configured, ICalendarStore store, TimeProvider clock, ILogger<CalendarService> logger)
    {
        _configured = configured.Calendars;
        _store = store;
        _clock = clock;
        _logger = logger;
        _refresh = configured.RefreshInterval;
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, (WorkingTimeCalendar Calendar, CalendarInfo Info)> ByName,
        IReadOnlyDictionary<string, string> ByOrgUnit, DateTimeOffset LoadedAt);

    public async Task<IReadOnlyList<CalendarInfo>> ListAsync(CancellationToken ct = default) =>
        (await CurrentAsync(ct)).ByName.Values.Select(v => v.Info).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();

    public async Task<CalendarInfo?> GetAsync(string name, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).ByName.TryGetValue(name, out var entry) ? entry.Info : null;

    /// <summary>Validates and saves a calendar; deadlines counted from now on use it, already scheduled ones keep their due time.</summary>
    public async Task<SaveCalendarResult> SaveAsync(string name, CalendarDefinition definition, string? actor = null, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) errors.Add(new ValidationError("$.name", "A calendar needs a name of 1 to 100 characters."));
        errors.AddRange(definition.Validate());
        if (errors.Count > 0) return new SaveCalendarResult(null, errors);
        var record = new CalendarRecord { Name = name, Json = JsonSerializer.Serialize(definition, Json), UpdatedAt = _clock.GetUtcNow(), UpdatedBy = actor };
        await _store.SaveAsync(record, ct);
        var snapshot = await LoadAsync(ct);
        return new SaveCalendarResult(snapshot.ByName[name].Info, []);
    }

    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan duration, string calendarOrOrgUnit) =>
        Resolve(calendarOrOrgUnit).AddWorkingTime(from, duration);

    /// <summary>The calendar of that name, or of the org unit of that id, or the default one.</summary>
    public WorkingTimeCalendar Resolve(string calendarOrOrgUnit)
    {
        var snapshot = _snapshot;
        if (snapshot is null || _clock.GetUtcNow() - snapshot.LoadedAt > _refresh)
            // Waited for on a pool thread of its own: the store's driver may complete asynchronously (PostgreSQL).
            snapshot = Task.Run(() => CurrentAsync(CancellationToken.None)).GetAwaiter().GetResult();
        if (snapshot.ByName.TryGetValue(calendarOrOrgUnit, out var named)) return named.Calendar;
        if (snapshot.ByOrgUnit.TryGetValue(calendarOrOrgUnit, out var name)) return snapshot.ByName[name].Calendar;
        if (snapshot.ByName.TryGetValue(DefaultCalendar, out var fallback)) return fallback.Calendar;
        throw new UnknownCalendarException($"No working-time calendar is named '{calendarOrOrgUnit}' or serves that org unit, and there is no '{DefaultCalendar}' calendar. " +
                                           $"Known calendars: {string.Join(", ", snapshot.ByName.Keys.Order())}.");
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && _clock.GetUtcNow() - snapshot.LoadedAt <= _refresh) return snapshot;
        try { return await LoadAsync(ct); }
        catch (Exception e) when (snapshot is not null && e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Reloading working-time calendars failed; keeping the ones loaded at {LoadedAt:O}.", snapshot.LoadedAt);
            return snapshot;
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            var byName = new Dictionary<string, (WorkingTimeCalendar, CalendarInfo)>(StringComparer.Ordinal);
            foreach (var (name, definition) in _configured)
                Add(byName, name, definition, new CalendarInfo(name, definition, CalendarSource.Configuration, null, null));
            foreach (var record in await _store.ListAsync(ct))
            {
                var definition = JsonSerializer.Deserialize<CalendarDefinition>(record.Json, Json)!;
                Add(byName, record.Name, definition, new CalendarInfo(record.Name, definition, CalendarSource.Api, record.UpdatedAt, record.UpdatedBy));
            }
            var byOrgUnit = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, (_, info)) in byName.OrderBy(p => p.Key, StringComparer.Ordinal))
                foreach (var unit in info.Definition.OrgUnits)
                    if (!byOrgUnit.TryAdd(unit, name))
                        _logger.LogWarning("Org unit {OrgUnit} is on calendars {Used} and {Ignored}; the first (by name) is used.", unit, byOrgUnit[unit], name);
            var snapshot = new Snapshot(byName, byOrgUnit, _clock.GetUtcNow());
            _snapshot = snapshot;
            return snapshot;
        }
        finally { _loading.Release(); }
    }

    private void Add(Dictionary<string, (WorkingTimeCalendar, CalendarInfo)> byName, string name, CalendarDefinition definition, CalendarInfo info)
    {
        if (definition.Validate() is { Count: > 0 } errors)
        {
            _logger.LogError("Calendar {Name} is not usable and was skipped: {Errors}", name, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")));
            return;
        }
        byName[name] = (new WorkingTimeCalendar(name, definition), info);
    }
}

/// <summary>The calendars of configuration (<c>WorkflowHub:Calendars</c>).</summary>
public sealed class CalendarConfiguration
{
    public Dictionary<string, CalendarDefinition> Calendars { get; set; } = new(StringComparer.Ordinal);
    /// <summary>How often a server re-reads calendars saved through the API (by any server).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
