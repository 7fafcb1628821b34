using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.Scheduling.Calendars;

namespace WorkflowHub.Scheduling.GraphQL.Calendars;

[QueryType]
public sealed class CalendarQueryFields
{
    [GraphQLDescription("Every usable working-time calendar by name: configured ones, and those saved through the API in their place.")]
    public async Task<IReadOnlyList<WorkingCalendarNode>> GetWorkingCalendarsAsync([Service] CalendarService calendars, CancellationToken ct) =>
        (await calendars.ListAsync(ct)).Select(WorkingCalendarNode.From).ToList();

    [GraphQLDescription("The calendar of exactly this name (not an org unit, nor the default fallback), or null.")]
    public async Task<WorkingCalendarNode?> GetWorkingCalendarAsync(string name, [Service] CalendarService calendars, CancellationToken ct) =>
        await calendars.GetAsync(name, ct) is { } info ? WorkingCalendarNode.From(info) : null;
}
