using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Scheduling.GraphQL.Timers;

/// <summary>What Quartz holds for a timer, wherever a timer is shown (<c>timers</c>, <c>timer</c>, <c>pendingTimers</c>).</summary>
[ExtendObjectType(typeof(TimerNode))]
public sealed class TimerTriggerFields
{
    [GraphQLDescription("Quartz's key (group.name) of the trigger that fires the timer: its own, or the slot of due time it shares with others. " +
                        "Null on a server that fires no timers (WorkflowHub:Timers:Enabled=false).")]
    public async Task<string?> GetTriggerKeyAsync([Parent] TimerNode timer, TriggersByTimer triggers) =>
        (await triggers.LoadAsync(timer))?.Key;

    [GraphQLDescription("Quartz's state of that trigger. Null on a server that fires no timers (WorkflowHub:Timers:Enabled=false).")]
    public async Task<TimerTriggerState?> GetTriggerStateAsync([Parent] TimerNode timer, TriggersByTimer triggers) =>
        await triggers.LoadAsync(timer) is { } trigger ? TimerTriggerStates.From(trigger.State) : null;
}
