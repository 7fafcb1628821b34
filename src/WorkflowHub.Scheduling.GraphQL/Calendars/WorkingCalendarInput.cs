using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.Scheduling.Calendars;

namespace WorkflowHub.Scheduling.GraphQL.Calendars;

[GraphQLDescription("A whole working-time calendar. What is left out takes the default a configured calendar has.")]
public sealed class WorkingCalendarInput
{
    [GraphQLDescription("An IANA time zone such as \"Asia/Shanghai\" (the default).")]
    public string? TimeZone { get; set; }
    [GraphQLDescription("\"HH:mm-HH:mm\", opening before closing; \"09:00-18:00\" when not given.")]
    public string? WorkingHours { get; set; }
    [GraphQLDescription("Days off every week; Saturday and Sunday when not given.")]
    public List<DayOfWeek>? WeekendDays { get; set; }
    [GraphQLDescription("Public holidays, yyyy-MM-dd.")]
    public List<string>? Holidays { get; set; }
    [GraphQLDescription("Weekend days worked to make up for a holiday, yyyy-MM-dd.")]
    public List<string>? MakeUpWorkingDays { get; set; }
    [GraphQLDescription("Org units whose deadlines count on this calendar.")]
    public List<string>? OrgUnits { get; set; }

    internal CalendarDefinition ToDefinition()
    {
        var definition = new CalendarDefinition { WeekendDays = WeekendDays };
        if (TimeZone is not null) definition.TimeZone = TimeZone;
        if (WorkingHours is not null) definition.WorkingHours = WorkingHours;
        if (Holidays is not null) definition.Holidays = Holidays;
        if (MakeUpWorkingDays is not null) definition.MakeUpWorkingDays = MakeUpWorkingDays;
        if (OrgUnits is not null) definition.OrgUnits = OrgUnits;
        return definition;
    }
}
