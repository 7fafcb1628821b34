using Quartz;
using Quartz.Impl.Calendar;

namespace WorkflowHub.Scheduling.Calendars;

/// <summary>
/// Working time as a Quartz calendar: Quartz's <see cref="DailyCalendar"/> (working hours, inverted so the
/// range is what is included), <see cref="WeeklyCalendar"/> (weekend days) and <see cref="HolidayCalendar"/>
/// (public holidays), plus make-up working days that turn a weekend day back into a working day.
/// Quartz can exclude trigger firings with it; WorkflowHub also counts deadlines on it.
/// </summary>
public sealed class WorkingTimeCalendar : BaseCalendar
{
    private readonly DailyCalendar _hours;
    private readonly WeeklyCalendar _week;
    private readonly HolidayCalendar _holidays;
    private readonly HashSet<DateOnly> _makeUpDays;
    private readonly TimeOnly _open, _close;

    public WorkingTimeCalendar(string name, CalendarDefinition definition) : base(TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZone))
    {
        Name = name;
        Definition = definition;
        Description = $"Working time '{name}'";
        if (!CalendarDefinition.TryParseHours(definition.WorkingHours, out _open, out _close))
            throw new ArgumentException($"Calendar '{name}': working hours '{definition.WorkingHours}' are not valid.");
        _hours = new DailyCalendar(_open, _close, null) { InvertTimeRange = true, TimeZone = TimeZone };
        _week = new WeeklyCalendar { TimeZone = TimeZone };
        foreach (var day in Enum.GetValues<DayOfWeek>()) _week.RemoveExcludedDay(day);
        foreach (var day in definition.EffectiveWeekendDays.Distinct()) _week.AddExcludedDay(day);
        _holidays = new HolidayCalendar { TimeZone = TimeZone };
        foreach (var date in definition.Holidays) _holidays.AddExcludedDay(CalendarDefinition.ParseDate(date));
        _makeUpDays = definition.MakeUpWorkingDays.Select(CalendarDefinition.ParseDate).ToHashSet();
    }

    public string Name { get; }
    public CalendarDefinition Definition { get; }
    public TimeSpan WorkingDayLength => _close - _open;

    /// <summary>A make-up day is worked; otherwise a day is worked unless it is a weekend day or a holiday.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (_makeUpDays.Contains(date)) return true;
        var noon = LocalInstant(date, new TimeOnly(12, 0));
        return _week.IsTimeIncluded(noon) && _holidays.IsTimeIncluded(noon);
    }

    public override bool IsTimeIncluded(DateTimeOffset timeUtc)
    {
        var local = TimeZoneInfo.ConvertTime(timeUtc, TimeZone);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && _hours.IsTimeIncluded(timeUtc);
    }

    public override DateTimeOffset GetNextIncludedTimeUtc(DateTimeOffset timeUtc)
    {
        // The first working instant at or after the next whole millisecond, as Quartz's calendars answer.
        var t = timeUtc.AddMilliseconds(1);
        return AddWorkingTime(t, TimeSpan.Zero, snapToWorkingTime: true).ToUniversalTime();
    }

    /// <summary>
    /// The instant at which <paramref name="duration"/> of working time has passed since <paramref name="from"/>.
    /// Each whole 24 hours counts as one working day (the length of the working hours), the rest as working hours.
    /// A deadline that uses up a day's last minute falls at closing time, not at the next opening.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan duration) => AddWorkingTime(from, duration, snapToWorkingTime: false);

    private DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan duration, bool snapToWorkingTime)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), "Working time cannot be negative.");
        if (duration == TimeSpan.Zero && !snapToWorkingTime) return from;
        var days = duration.Ticks / TimeSpan.TicksPerDay;
        var remaining = TimeSpan.FromTicks(days * WorkingDayLength.Ticks + duration.Ticks % TimeSpan.TicksPerDay);
        var local = TimeZoneInfo.ConvertTime(from, TimeZone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = local.TimeOfDay;
        for (var day = 0; day < 3660; day++, date = date.AddDays(1), time = TimeSpan.Zero)
        {
            if (!IsWorkingDay(date)) continue;
            var start = time > _open.ToTimeSpan() ? time : _open.ToTimeSpan();
            var end = _close.ToTimeSpan();
            if (start >= end) continue;
            if (remaining <= end - start && !(snapToWorkingTime && remaining == TimeSpan.Zero && start == end)) 
                return LocalInstant(date, TimeOnly.FromTimeSpan(start + remaining));
            remaining -= end - start;
        }
        throw new InvalidOperationException($"Calendar '{Name}' has no working time within ten years of {from:O}.");
    }

    private DateTimeOffset LocalInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        if (TimeZone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    public override ICalendar Clone() => new WorkingTimeCalendar(Name, Definition);
}
