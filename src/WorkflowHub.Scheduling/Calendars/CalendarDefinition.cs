using System.Globalization;
using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Scheduling.Calendars;

/// <summary>
/// A working-time calendar as configured (<c>WorkflowHub:Calendars:&lt;name&gt;</c>) or saved through the API.
/// Dates are local dates in <see cref="TimeZone"/>, written yyyy-MM-dd.
/// </summary>
public sealed class CalendarDefinition
{
    public string TimeZone { get; set; } = WorkflowDefinition.DefaultTimeZone;
    /// <summary>Working hours of a working day, "HH:mm-HH:mm".</summary>
    public string WorkingHours { get; set; } = "09:00-18:00";
    /// <summary>Days off every week; Saturday and Sunday when not given.</summary>
    public List<DayOfWeek>? WeekendDays { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<DayOfWeek> EffectiveWeekendDays => WeekendDays ?? [DayOfWeek.Saturday, DayOfWeek.Sunday];
    /// <summary>Public holidays: no working time, whatever the weekday.</summary>
    public List<string> Holidays { get; set; } = [];
    /// <summary>Weekend days worked to make up for a holiday (调休): full working days.</summary>
    public List<string> MakeUpWorkingDays { get; set; } = [];
    /// <summary>Org units whose deadlines count on this calendar.</summary>
    public List<string> OrgUnits { get; set; } = [];

    /// <summary>Every problem, each with the path of the field, empty when the calendar is usable.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _))
            errors.Add(new ValidationError("$.timeZone", $"'{TimeZone}' is not a known IANA time zone such as \"{WorkflowDefinition.DefaultTimeZone}\"."));
        if (!TryParseHours(WorkingHours, out _, out _))
            errors.Add(new ValidationError("$.workingHours", $"'{WorkingHours}' should be opening and closing times such as \"09:00-18:00\", the first before the second."));
        if (EffectiveWeekendDays.Distinct().Count() == 7)
            errors.Add(new ValidationError("$.weekendDays", "Every day of the week is a weekend day: the calendar would have no working time."));
        var holidays = CheckDates(Holidays, "$.holidays", errors);
        var makeUp = CheckDates(MakeUpWorkingDays, "$.makeUpWorkingDays", errors);
        foreach (var both in holidays.Intersect(makeUp))
            errors.Add(new ValidationError("$.makeUpWorkingDays", $"{both:yyyy-MM-dd} is both a holiday and a make-up working day."));
        return errors;
    }

    public static bool TryParseHours(string? text, out TimeOnly open, out TimeOnly close)
    {
        open = close = default;
        var parts = (text ?? "").Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
               && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out open)
               && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out close)
               && open < close;
    }

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<DateOnly> CheckDates(List<string> dates, string path, List<ValidationError> errors)
    {
        var result = new List<DateOnly>();
        for (var i = 0; i < dates.Count; i++)
        {
            if (DateOnly.TryParseExact(dates[i]?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) result.Add(date);
            else errors.Add(new ValidationError($"{path}[{i}]", $"'{dates[i]}' should be a date such as \"2026-10-01\"."));
        }
        return result;
    }
}
