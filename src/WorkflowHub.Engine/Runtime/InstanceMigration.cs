using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Engine.Runtime;

public enum MigrationWaitKind { Task, Timer, Signal, Child, Faulted }

/// <summary>One thing the instance waits on (or faulted work waiting for a retry) and whether the target version has its activity.</summary>
public sealed record MigrationWait(MigrationWaitKind Kind, string ActivityId, string ActivityType, string Detail, bool Maps, string? Problem);

/// <summary>A variable the target version declares that the instance lacks; it is added with its default.</summary>
public sealed record MigrationVariable(string Name, JsonNode? Default);

/// <summary>
/// What moving an instance to another version of its definition does: every wait and whether it maps, the variables
/// added, and the problems that block the move (none means it can move). <see cref="Migrated"/> says it was moved.
/// </summary>
public sealed record MigrationReport(
    Guid InstanceId,
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    bool DryRun,
    bool Migrated,
    IReadOnlyList<MigrationWait> Waits,
    IReadOnlyList<MigrationVariable> AddedVariables,
    IReadOnlyList<ValidationError> Problems)
{
    public bool CanMigrate => Problems.Count == 0;
}

/// <summary>A migration that was not a dry run found blocking problems; nothing was changed.</summary>
public sealed class MigrationBlockedException(MigrationReport report)
    : Exception($"Instance {report.InstanceId} cannot move to version {report.ToVersion}: {string.Join("; ", report.Problems.Select(p => p.Message))}")
{
    public MigrationReport Report { get; } = report;
}

/// <summary>
/// Moves a running instance to another version of its definition. A wait maps when the target has an activity with the
/// same id and type (its bookmark, task and timer then simply carry on there); faulted work must map the same way, and
/// the connection it arrived over must exist in the target. The instance row, its state and a journal entry are written
/// in one unit of work under the instance's optimistic concurrency check.
/// </summary>
internal static class InstanceMigration
{
    public static async Task<MigrationReport> RunAsync(RuntimeServices services, IWorkflowUnitOfWork uow, CommitEffects effects,
        Guid instanceId, int toVersion, bool dryRun, string? actor, CancellationToken ct)
    {
        var instance = await uow.FindInstanceAsync(instanceId, ct) ?? throw new InstanceNotFoundException(instanceId);
        var problems = new List<ValidationError>();
        var from = (await services.Definitions.GetAsync(uow, instance.DefinitionId, instance.DefinitionVersion, ct)).Definition;
        var targetRecord = await uow.FindDefinitionAsync(instance.DefinitionId, toVersion, ct);

        if (instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
            problems.Add(new("$.id", $"The instance is {instance.Status.ToString().ToLowerInvariant()}; only running or faulted instances move."));
        if (targetRecord is null)
            problems.Add(new("$.toVersion", $"Workflow '{instance.DefinitionId}' has no version {toVersion}."));
        else if (targetRecord.Status == DefinitionStatus.Draft)
            problems.Add(new("$.toVersion", $"Version {toVersion} of '{instance.DefinitionId}' is a draft; publish it first."));
        else if (toVersion <= instance.DefinitionVersion)
            problems.Add(new("$.toVersion", $"The instance runs on version {instance.DefinitionVersion}; it can only move to a newer version."));

        var target = targetRecord is null || targetRecord.Status == DefinitionStatus.Draft
            ? null
            : (await services.Definitions.GetAsync(uow, instance.DefinitionId, toVersion, ct)).Definition;
        var state = ExecutionState.Parse(instance.StateJson);
        var waits = await WaitsAsync(uow, instance, from, state, ct);
        var checkedWaits = waits.Select((w, i) => Check(w, target, toVersion, problems, i)).ToList();

        var remappedFaults = state.Faulted.Select(f => f.Token is { } token ? f with { Token = Remap(token, from, target, problems) } : f).ToList();
        var remappedQueue = state.Queue.Select(t => Remap(t, from, target, problems)).ToList();

        var variables = JsonNode.Parse(instance.VariablesJson)?.AsObject() ?? [];
        var added = target is null ? [] : AddedVariables(target, variables);

        var report = new MigrationReport(instance.Id, instance.DefinitionId, instance.DefinitionVersion, toVersion, dryRun, Migrated: false,
            checkedWaits, added, problems);
        if (dryRun) return report;
        if (problems.Count > 0) throw new MigrationBlockedException(report);

        foreach (var variable in added) variables[variable.Name] = variable.Default?.DeepClone();
        state.Faulted = remappedFaults;
        state.Queue = remappedQueue;
        var now = services.Clock.GetUtcNow();
        uow.Add(new JournalEntry
        {
            InstanceId = instance.Id,
            Sequence = ++instance.JournalSequence,
            Event = JournalEvents.InstanceMigrated,
            Actor = actor,
            At = now,
            Data = JournalLimits.Bound(new JsonObject
            {
                ["fromVersion"] = instance.DefinitionVersion,
                ["toVersion"] = toVersion,
                ["addedVariables"] = new JsonArray(added.Select(a => (JsonNode?)JsonValue.Create(a.Name)).ToArray()),
            }.ToJsonString()),
        });
        instance.DefinitionVersion = toVersion;
        instance.VariablesJson = variables.ToJsonString();
        instance.StateJson = state.Serialize();
        instance.UpdatedAt = now;
        instance.Revision++;
        effects.TouchedInstances.Add(instance.Id);
        return report with { Migrated = true };
    }

    private static async Task<List<MigrationWait>> WaitsAsync(IWorkflowUnitOfWork uow, WorkflowInstance instance, WorkflowDefinition from,
        ExecutionState state, CancellationToken ct)
    {
        var bookmarks = await uow.ActiveBookmarksAsync(instance.Id, ct);
        var tasks = bookmarks.Any(b => b.Kind == BookmarkKind.Task) ? await uow.ActiveTasksAsync(instance.Id, ct) : [];
        var timers = bookmarks.Any(b => b.Kind == BookmarkKind.Timer) ? await uow.PendingTimersAsync(instance.Id, ct) : [];
        string TypeOf(string activityId) => from.FindActivity(activityId)?.Type ?? "?";

        var waits = new List<MigrationWait>();
        foreach (var bookmark in bookmarks.OrderBy(b => b.CreatedAt).ThenBy(b => b.ActivityId))
        {
            var (kind, detail) = bookmark.Kind switch
            {
                BookmarkKind.Task => (MigrationWaitKind.Task, tasks.FirstOrDefault(t => t.BookmarkId == bookmark.Id)?.Title ?? bookmark.Tag),
                BookmarkKind.Timer => (MigrationWaitKind.Timer, timers.FirstOrDefault(t => t.BookmarkId == bookmark.Id) is { } timer
                    ? $"{timer.Purpose} due {timer.DueAt:O}"
                    : bookmark.Tag),
                BookmarkKind.Signal => (MigrationWaitKind.Signal, $"signal {bookmark.SignalName}" + (bookmark.CorrelationKey is { } key ? $" ({key})" : "")),
                _ => (MigrationWaitKind.Child, $"child instance {bookmark.ChildInstanceId}"),
            };
            waits.Add(new MigrationWait(kind, bookmark.ActivityId, TypeOf(bookmark.ActivityId), detail, false, null));
        }
        foreach (var token in state.Faulted.Select(f => f.Token).OfType<Token>().Concat(state.Queue))
            waits.Add(new MigrationWait(MigrationWaitKind.Faulted, token.ActivityId, TypeOf(token.ActivityId), "faulted on entry, waiting for a retry", false, null));
        return waits;
    }

    private static MigrationWait Check(MigrationWait wait, WorkflowDefinition? target, int toVersion, List<ValidationError> problems, int index)
    {
        if (target is null) return wait;
        var counterpart = target.FindActivity(wait.ActivityId);
        var problem = counterpart is null
            ? $"Version {toVersion} has no activity '{wait.ActivityId}', where the instance waits ({wait.Detail})."
            : counterpart.Type != wait.ActivityType
                ? $"'{wait.ActivityId}' is a {wait.ActivityType} here but a {counterpart.Type} in version {toVersion}."
                : null;
        if (problem is not null) problems.Add(new($"$.waits[{index}]", problem));
        return wait with { Maps = problem is null, Problem = problem };
    }

    /// <summary>A queued path names the connection it arrived over by index, which differs between versions.</summary>
    private static Token Remap(Token token, WorkflowDefinition from, WorkflowDefinition? target, List<ValidationError> problems)
    {
        if (target is null || token.Via is not { } via || via < 0 || via >= from.Connections.Count) return token;
        var old = from.Connections[via];
        var same = target.Connections.FirstOrDefault(c => c.From == old.From && c.Outcome == old.Outcome && c.To == old.To);
        if (same is null)
        {
            problems.Add(new("$.faulted", $"The connection {old.From} --{old.Outcome}--> {old.To}, over which the faulted work arrived, is not in version {target.Version}."));
            return token;
        }
        return token with { Via = same.Index };
    }

    private static List<MigrationVariable> AddedVariables(WorkflowDefinition target, JsonObject variables)
    {
        var added = new List<MigrationVariable>();
        foreach (var (name, value) in target.Variables.Select(v => (v.Name, v.Default)).Concat(target.Inputs.Select(i => (i.Name, i.Default))))
            if (!variables.ContainsKey(name) && added.All(a => a.Name != name)) added.Add(new MigrationVariable(name, value?.DeepClone()));
        return added;
    }
}
