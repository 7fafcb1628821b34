using Quartz;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Scheduling.GraphQL.Timers;

[GraphQLDescription("Quartz's state of the trigger that fires a timer.")]
public enum TimerTriggerState
{
    [GraphQLDescription("Waiting for its fire time.")] Normal,
    [GraphQLDescription("Paused by an operator.")] Paused,
    [GraphQLDescription("Fired and will not fire again.")] Complete,
    [GraphQLDescription("Quartz could not fire it.")] Error,
    [GraphQLDescription("Its job is running (a slot being dispatched).")] Blocked,
    [GraphQLDescription("Quartz holds no such trigger: the timer is done, or (slot mapping) due beyond the slot horizon " +
                        "and given its trigger by a reconciliation before it is due.")] None,
}

internal static class TimerTriggerStates
{
    public static TimerTriggerState From(TriggerState state) => state switch
    {
        TriggerState.Normal => TimerTriggerState.Normal,
        TriggerState.Paused => TimerTriggerState.Paused,
        TriggerState.Complete => TimerTriggerState.Complete,
        TriggerState.Error => TimerTriggerState.Error,
        TriggerState.Blocked => TimerTriggerState.Blocked,
        _ => TimerTriggerState.None,
    };
}
