using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>
/// A task for a role in an org unit, with a form and outcomes. An optional deadline follows its own
/// outcome (cancelling the task, or beside it when not interrupting); an optional reminder notifies.
/// </summary>
public sealed class HumanTask : IActivity
{
    public const string DefaultDeadlineOutcome = "Overdue";

    public ActivityDescriptor Descriptor { get; } = new("HumanTask", "Human task", "People", "A task for a role in an org unit, completed with one of its outcomes.",
    [
        new("title", PropertyKind.Text, Required: true, Description: "What the assignee sees"),
        new("assigneeRole", PropertyKind.Text, Required: true, Description: "Role that may do the task, e.g. grid-worker"),
        new("orgUnit", PropertyKind.Expression, Description: "Org unit of the assignees, e.g. =variables.orgUnitId"),
        new("formFields", PropertyKind.FormFields, Description: "[{ name, label, type, required, options }]"),
        new("outcomes", PropertyKind.StringList, Required: true, Description: "e.g. [\"SignedFor\", \"Returned\"]"),
        new("deadline", PropertyKind.Duration, Description: "Time allowed, e.g. PT2H or =variables.signForLimit"),
        new("deadlineOutcome", PropertyKind.Text, Description: "Outcome followed when the deadline passes", Default: DefaultDeadlineOutcome),
        new("deadlineInterrupts", PropertyKind.Boolean, Description: "Cancel the task when the deadline passes (false: keep it open)", Default: true),
        new("reminder", PropertyKind.Duration, Description: "Remind the assignees after this long"),
        new("calendar", PropertyKind.Text, Description: "Count deadline and reminder in working time on this calendar or org unit's calendar, e.g. =variables.orgUnitId"),
        new("resultVariable", PropertyKind.Text, Description: "Variable that receives the submitted form data"),
    ], new OutcomeRules([],
    [
        new("outcomes", DynamicOutcomeKind.EachItem, "Each outcome the assignee may choose"),
        new("deadlineOutcome", DynamicOutcomeKind.ValueWhenSet, "Followed when the deadline passes (default Overdue)", WhenSet: "deadline"),
    ]));

    public IEnumerable<string> Outcomes(ActivityDefinition activity)
    {
        var outcomes = (activity.Property("outcomes") as JsonArray ?? []).Select(o => o!.GetValue<string>()).ToList();
        if (activity.Properties.ContainsKey("deadline"))
            outcomes.Add(activity.Property("deadlineOutcome")?.GetValue<string>() ?? DefaultDeadlineOutcome);
        return outcomes;
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var deadline = context.GetDuration("deadline");
        var calendar = Delay.NullIfEmpty(context.GetString("calendar"));
        var dueAt = deadline is null ? (DateTimeOffset?)null : context.DueAfter(deadline.Value, calendar);
        context.CreateTask(new TaskSpec(
            context.RequireString("title"),
            context.RequireString("assigneeRole"),
            context.GetString("orgUnit"),
            (context.Raw("outcomes") as JsonArray ?? []).Select(o => o!.GetValue<string>()).ToList(),
            context.Evaluate("formFields") as JsonArray ?? [],
            dueAt));
        if (dueAt is not null) context.CreateTimer("deadline", dueAt.Value, calendar);
        if (context.GetDuration("reminder") is { } reminder) context.CreateTimer("reminder", context.DueAfter(reminder, calendar), calendar);
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => ValueTask.FromResult(context.Bookmark!.Tag switch
    {
        "task" => Completed(context),
        "deadline" => context.GetBool("deadlineInterrupts", true)
            ? ActivityResult.Done(context.GetString("deadlineOutcome") ?? DefaultDeadlineOutcome)
            : ActivityResult.EmitAndWait(context.GetString("deadlineOutcome") ?? DefaultDeadlineOutcome),
        "reminder" => Remind(context),
        var tag => throw new ActivityFaultException($"HumanTask '{context.Activity.Id}' has no bookmark tagged '{tag}'."),
    });

    private static ActivityResult Completed(ActivityContext context)
    {
        var task = context.TaskFor(context.Bookmark!) ?? throw new ActivityFaultException($"The task of '{context.Activity.Id}' is gone.");
        var outcome = context.Payload?["outcome"]?.GetValue<string>() ?? throw new ActivityFaultException("A task was completed without an outcome.");
        var data = context.Payload?["data"]?.DeepClone();
        task.Status = TaskItemStatus.Completed;
        task.Outcome = outcome;
        task.CompletedBy = context.Actor;
        task.ResultJson = data?.ToJsonString();
        task.FinishedAt = context.Now;
        if (context.GetString("resultVariable") is { Length: > 0 } variable) context.Variables[variable] = data?.DeepClone();
        return ActivityResult.Done(outcome, new JsonObject { ["outcome"] = outcome, ["data"] = data, ["completedBy"] = context.Actor, ["taskId"] = task.Id.ToString() });
    }

    private static ActivityResult Remind(ActivityContext context)
    {
        var task = context.Instance.Id;
        var title = context.GetString("title");
        var unit = context.GetString("orgUnit");
        context.Notify("default", $"{context.GetString("assigneeRole")}@{unit ?? "*"}", "Reminder",
            $"The task \"{title}\" of instance {task} is still waiting.");
        return ActivityResult.Wait();
    }
}
