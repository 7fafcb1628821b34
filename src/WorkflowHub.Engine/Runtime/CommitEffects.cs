using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Engine.Runtime;

/// <summary>What must be told to the timer scheduler once a unit of work has committed.</summary>
internal sealed class CommitEffects
{
    public List<WorkflowTimer> ScheduledTimers { get; } = [];
    public List<Guid> CancelledTimers { get; } = [];
    public List<Guid> TouchedInstances { get; } = [];
}
