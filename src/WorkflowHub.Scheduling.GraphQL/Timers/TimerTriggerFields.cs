using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Scheduling.GraphQL.Timers;

/// <summary>What Quartz holds for a timer, wherever a timer is shown (<c>timers</c>, <c>timer</c>, <c>pendingTimers</c>).</summary>
[ExtendObjectType(typeof(TimerNode))]
public sealed class TimerTriggerFields
{
    [GraphQLDescription("Quartz's key (group.name) of the trigger that fires the timer: its own, or the slot of due time it shares with others.")]
    public async Task<string> GetTriggerKeyAsync([Parent] TimerNode timer, TriggersByTimer triggers) =>
        (await triggers.LoadAsync(timer))!.Key;

    public async Task<TimerTriggerState> GetTriggerStateAsync([Parent] TimerNode timer, TriggersByTimer triggers) =>
        TimerTriggerStates.From((await triggers.LoadAsync(timer))!.State);
}
