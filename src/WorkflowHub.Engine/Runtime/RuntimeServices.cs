using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Engine.Runtime;

public sealed class WorkflowRuntimeOptions
{
    /// <summary>Activities one run may execute without waiting: stops a loop with no wait in it.</summary>
    public int MaxStepsPerRun { get; set; } = 10_000;
    /// <summary>Attempts of one operation when another writer changed the same instance first.</summary>
    public int MaxConcurrencyRetries { get; set; } = 20;
}

/// <summary>The shared, stateless collaborators of every run.</summary>
internal sealed class RuntimeServices(
    IActivityRegistry activities,
    IExpressionEvaluator expressions,
    DefinitionCache definitions,
    TimeProvider clock,
    WorkflowRuntimeOptions options,
    IWorkingTimeCalendar? workingTime = null)
{
    /// <summary>Counts working time for deadlines with a calendar; null when no calendars are configured.</summary>
    public IWorkingTimeCalendar? WorkingTime { get; } = workingTime;
    public IActivityRegistry Activities { get; } = activities;
    public IExpressionEvaluator Expressions { get; } = expressions;
    public DefinitionCache Definitions { get; } = definitions;
    public TimeProvider Clock { get; } = clock;
    public WorkflowRuntimeOptions Options { get; } = options;
}
