using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.Scheduling.Calendars;

namespace WorkflowHub.Scheduling.GraphQL.Calendars;

[GraphQLName("WorkingCalendar")]
[GraphQLDescription("A working-time calendar: deadlines counted on it skip the hours outside working hours, weekend days and holidays.")]
public sealed class WorkingCalendarNode
{
    public required string Name { get; init; }
    [GraphQLDescription("CONFIGURATION (WorkflowHub:Calendars) or API (saved with saveWorkingCalendar; replaces a configured calendar of the same name).")]
    public CalendarSource Source { get; init; }
    [GraphQLDescription("The IANA time zone its hours and dates are in.")]
    public required string TimeZone { get; init; }
    [GraphQLDescription("Working hours of a working day, \"HH:mm-HH:mm\".")]
    public required string WorkingHours { get; init; }
    public required IReadOnlyList<DayOfWeek> WeekendDays { get; init; }
    [GraphQLDescription("Public holidays (yyyy-MM-dd): no working time, whatever the weekday.")]
    public required IReadOnlyList<string> Holidays { get; init; }
    [GraphQLDescription("Weekend days worked to make up for a holiday (调休), yyyy-MM-dd: full working days.")]
    public required IReadOnlyList<string> MakeUpWorkingDays { get; init; }
    [GraphQLDescription("Org units whose deadlines count on this calendar.")]
    public required IReadOnlyList<string> OrgUnits { get; init; }
    [GraphQLDescription("When it was last saved through the API; null for a configured calendar.")]
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }

    public static WorkingCalendarNode From(CalendarInfo info) => new()
    {
        Name = info.Name,
        Source = info.Source,
        TimeZone = info.Definition.TimeZone,
        WorkingHours = info.Definition.WorkingHours,
        WeekendDays = info.Definition.EffectiveWeekendDays.ToList(),
        Holidays = info.Definition.Holidays,
        MakeUpWorkingDays = info.Definition.MakeUpWorkingDays,
        OrgUnits = info.Definition.OrgUnits,
        UpdatedAt = info.UpdatedAt,
        UpdatedBy = info.UpdatedBy,
    };
}
