using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.Scheduling.GraphQL.Calendars;
using WorkflowHub.Scheduling.GraphQL.Timers;

namespace WorkflowHub.Scheduling.GraphQL;

/// <summary>
/// The scheduling part of the GraphQL schema: <c>timers</c>, <c>timer</c>, the Quartz trigger of every
/// <c>WorkflowTimer</c> (so <c>pendingTimers</c> shows it too), <c>workingCalendars</c>, <c>workingCalendar</c> and
/// <c>saveWorkingCalendar</c>. Needs the Quartz timers (<c>AddWorkflowQuartzTimers</c>) and the engine's schema.
/// </summary>
public static class SchedulingSchema
{
    /// <summary>Add after <c>AddWorkflowEngineTypes()</c>: it extends the engine's <c>WorkflowTimer</c> and uses its data conventions.</summary>
    public static SchemaBuilder AddSchedulingTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<TimerQueryFields>()
        .AddTypeExtension<TimerTriggerFields>()
        .AddTypeExtension<CalendarQueryFields>()
        .AddTypeExtension<CalendarMutationFields>();

    public static IServiceCollection AddSchedulingGraphQL(this IServiceCollection services) => services.AddDataLoader<TriggersByTimer>();
}
