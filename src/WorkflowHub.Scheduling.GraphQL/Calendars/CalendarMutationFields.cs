using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.Scheduling.Calendars;

namespace WorkflowHub.Scheduling.GraphQL.Calendars;

[MutationType]
public sealed class CalendarMutationFields
{
    [GraphQLDescription("Validates and saves a whole calendar under its name, replacing a configured one of that name; every server uses it within " +
                        "the calendar refresh interval. Deadlines counted from now on use it; timers already scheduled keep their due time. " +
                        "An invalid calendar is refused with BAD_USER_INPUT and every problem with its path under extensions.errors.")]
    public async Task<WorkingCalendarNode> SaveWorkingCalendarAsync(string name, WorkingCalendarInput input, [Service] CalendarService calendars, CancellationToken ct)
    {
        var saved = await calendars.SaveAsync(name, input.ToDefinition(), actor: null, ct);
        if (saved.Errors.Count > 0 || saved.Calendar is null)
            throw EngineErrors.Listing(saved.Errors, EngineErrors.InputInvalid, "The working calendar is not valid");
        return WorkingCalendarNode.From(saved.Calendar);
    }
}
