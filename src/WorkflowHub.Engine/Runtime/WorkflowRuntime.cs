using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Engine.Runtime;

public sealed record StartWorkflowRequest(
    string DefinitionId,
    JsonObject? Input = null,
    int? Version = null,
    string? BusinessKey = null,
    /// <summary>Idempotency key: starting twice with the same key returns the first instance.</summary>
    string? RequestId = null,
    string? Actor = null,
    /// <summary>The new instance's id, when the caller needs it before the start (to link its own rows to it).</summary>
    Guid? InstanceId = null,
    /// <summary>A module's entities written in the same transaction as the new instance (the request the workflow serves).</summary>
    IReadOnlyList<object>? Entities = null);

public sealed record StartWorkflowResult(Guid InstanceId, InstanceStatus Status, bool AlreadyStarted);

public sealed record ResumeResult(ResumeOutcome Outcome, Guid? InstanceId, string Message);

/// <summary>What a group of timers fired in one commit did; deferred timers were left for a firing of their own.</summary>
public sealed record TimerBatchResult(IReadOnlyList<(Guid TimerId, ResumeResult Result)> Fired, IReadOnlyList<Guid> Deferred);

/// <summary>
/// The engine's public face: start, resume, complete tasks, signal, fire timers, cancel, retry.
/// Each operation is one unit of work; a conflicting concurrent change to the same instance
/// makes it re-read and try again (optimistic concurrency, no process-wide lock).
/// </summary>
public sealed class WorkflowRuntime
{
    private readonly IWorkflowStore _store;
    private readonly ITimerScheduler _timers;
    private readonly RuntimeServices _services;
    private readonly ILogger _logger;

    public WorkflowRuntime(IWorkflowStore store, ITimerScheduler timers, IActivityRegistry activities, IExpressionEvaluator expressions,
        DefinitionCache definitions, TimeProvider clock, WorkflowRuntimeOptions? options = null, ILogger<WorkflowRuntime>? logger = null,
        IWorkingTimeCalendar? workingTime = null)
    {
        _store = store;
        _timers = timers;
        _services = new RuntimeServices(activities, expressions, definitions, clock, options ?? new WorkflowRuntimeOptions(), workingTime);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Raised after a commit for every instance the operation changed.</summary>
    public event Action<Guid>? InstanceChanged;

    public Task<StartWorkflowResult> StartAsync(StartWorkflowRequest request, CancellationToken ct = default) =>
        InUnitOfWorkAsync(async (uow, effects) =>
        {
            if (request.RequestId is not null && await uow.FindInstanceByStartRequestAsync(request.RequestId, ct) is { } existing)
                return new StartWorkflowResult(existing.Id, existing.Status, AlreadyStarted: true);
            var definition = request.Version is { } version
                ? await _services.Definitions.GetAsync(uow, request.DefinitionId, version, ct)
                : await _services.Definitions.GetLatestPublishedAsync(uow, request.DefinitionId, ct)
                  ?? throw new WorkflowNotFoundException($"No published workflow definition '{request.DefinitionId}'.");
            var input = WorkflowStarter.CoerceInput(definition.Definition, request.Input);
            var instance = WorkflowStarter.NewInstance(definition.Definition, _services.Clock.GetUtcNow(), request.Actor, request.BusinessKey, request.RequestId);
            if (request.InstanceId is { } id) instance.Id = id;
            uow.Add(instance);
            foreach (var entity in request.Entities ?? []) uow.Add(entity);
            var run = InstanceRun.ForNew(_services, uow, effects, instance, definition);
            await run.StartAsync(input, ct);
            return new StartWorkflowResult(instance.Id, instance.Status, AlreadyStarted: false);
        }, retryOnDuplicate: request.RequestId is not null, ct);

    /// <summary>Resumes one bookmark. A bookmark already consumed is left alone and reported as such.</summary>
    public Task<ResumeResult> ResumeAsync(Guid bookmarkId, JsonNode? payload = null, string? actor = null, CancellationToken ct = default) =>
        InUnitOfWorkAsync((uow, effects) => ResumeInAsync(uow, effects, bookmarkId, payload, actor, ct), false, ct);

    public Task<ResumeResult> CompleteTaskAsync(Guid taskId, string outcome, JsonObject? data = null, string? actor = null, CancellationToken ct = default) =>
        InUnitOfWorkAsync(async (uow, effects) =>
        {
            var task = await uow.FindTaskAsync(taskId, ct) ?? throw new TaskNotFoundException(taskId);
            if (task.Status is TaskItemStatus.Completed or TaskItemStatus.Cancelled)
                return new ResumeResult(ResumeOutcome.AlreadyConsumed, task.InstanceId, $"Task {taskId} is already {task.Status.ToString().ToLowerInvariant()}; nothing was changed.");
            TaskRules.CheckCompletion(task, outcome, data, actor);
            return await ResumeInAsync(uow, effects, task.BookmarkId, new JsonObject { ["outcome"] = outcome, ["data"] = data?.DeepClone() }, actor, ct);
        }, false, ct);

    public Task<TaskItem> ClaimTaskAsync(Guid taskId, string actor, CancellationToken ct = default) =>
        InUnitOfWorkAsync(async (uow, effects) =>
        {
            var task = await uow.FindTaskAsync(taskId, ct) ?? throw new TaskNotFoundException(taskId);
            TaskRules.CheckClaim(task, actor);
            var instance = await uow.FindInstanceAsync(task.InstanceId, ct);
            task.Status = TaskItemStatus.Claimed;
            task.ClaimedBy = actor;
            // Claiming changes the instance's tasks, so it takes part in the instance's concurrency check.
            if (instance is not null) instance.Revision++;
            return task;
        }, false, ct);

    /// <summary>Resumes every bookmark waiting for this signal (and correlation key, when given).</summary>
    public Task<int> SendSignalAsync(string signal, string? correlationKey = null, JsonNode? payload = null, string? actor = null, CancellationToken ct = default) =>
        InUnitOfWorkAsync(async (uow, effects) =>
        {
            var resumed = 0;
            foreach (var bookmark in await uow.ActiveSignalBookmarksAsync(signal, correlationKey, ct))
            {
                var result = await ResumeInAsync(uow, effects, bookmark.Id, payload?.DeepClone(), actor, ct);
                if (result.Outcome is ResumeOutcome.Resumed or ResumeOutcome.Faulted) resumed++;
            }
            return resumed;
        }, false, ct);

    /// <summary>Fires a timer. A timer already fired or cancelled, or whose bookmark is gone, does nothing.</summary>
    public Task<ResumeResult> FireTimerAsync(Guid timerId, CancellationToken ct = default) =>
        InUnitOfWorkAsync((uow, effects) => FireTimerInAsync(uow, effects, timerId, ct), false, ct);

    /// <summary>
    /// Fires several timers in one unit of work, so one commit carries them all (group commit). A timer whose
    /// instance this batch already touched (two timers of one instance, or a parent resumed by its child) is
    /// not fired here but returned as deferred, to be fired on its own. On a conflict the whole batch is re-run
    /// from a fresh read, like any operation; each timer still takes effect at most once.
    /// </summary>
    public Task<TimerBatchResult> FireTimersAsync(IReadOnlyList<Guid> timerIds, CancellationToken ct = default) =>
        InUnitOfWorkAsync(async (uow, effects) =>
        {
            var fired = new List<(Guid, ResumeResult)>(timerIds.Count);
            var deferred = new List<Guid>();
            await uow.PreloadTimersAsync(timerIds, ct);
            foreach (var timerId in timerIds)
            {
                var timer = await uow.FindTimerAsync(timerId, ct);
                if (timer is not null && effects.TouchedInstances.Contains(timer.InstanceId)) deferred.Add(timerId);
                else fired.Add((timerId, await FireTimerInAsync(uow, effects, timerId, ct, timer)));
            }
            return new TimerBatchResult(fired, deferred);
        }, false, ct);

    private async Task<ResumeResult> FireTimerInAsync(IWorkflowUnitOfWork uow, CommitEffects effects, Guid timerId, CancellationToken ct, WorkflowTimer? loaded = null)
    {
        var timer = loaded ?? await uow.FindTimerAsync(timerId, ct);
        if (timer is null) return new ResumeResult(ResumeOutcome.NotFound, null, $"No timer {timerId}.");
        if (timer.Status != TimerStatus.Pending)
            return new ResumeResult(ResumeOutcome.AlreadyConsumed, timer.InstanceId, $"Timer {timerId} is already {timer.Status.ToString().ToLowerInvariant()}.");
        var result = await ResumeInAsync(uow, effects, timer.BookmarkId, new JsonObject { ["timerId"] = timerId.ToString(), ["dueAt"] = timer.DueAt }, "timer", ct);
        if (result.Outcome is not (ResumeOutcome.Resumed or ResumeOutcome.Faulted) && timer.Status == TimerStatus.Pending)
        {
            // Its bookmark is gone or its instance finished: retire the timer so no scheduler picks it up again.
            timer.Status = TimerStatus.Cancelled;
            timer.FiredAt = _services.Clock.GetUtcNow(); // when it was handled, though it found nothing to do
            effects.CancelledTimers.Add(timer.Id);
        }
        return result;
    }

    /// <summary>Fires every pending timer due at or before now, in due order. Returns how many fired.</summary>
    public async Task<int> FireDueTimersAsync(int max = 500, CancellationToken ct = default)
    {
        IReadOnlyList<WorkflowTimer> due;
        await using (var uow = _store.Begin())
            due = await uow.DueTimersAsync(_services.Clock.GetUtcNow(), max, ct);
        var fired = 0;
        foreach (var timer in due)
        {
            var result = await FireTimerAsync(timer.Id, ct);
            if (result.Outcome is ResumeOutcome.Resumed or ResumeOutcome.Faulted) fired++;
        }
        return fired;
    }

    public Task<bool> CancelAsync(Guid instanceId, string? reason = null, string? actor = null, CancellationToken ct = default) =>
        InUnitOfWorkAsync(async (uow, effects) =>
        {
            var instance = await uow.FindInstanceAsync(instanceId, ct) ?? throw new InstanceNotFoundException(instanceId);
            if (instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled) return false;
            var run = await InstanceRun.LoadAsync(_services, uow, effects, instance, ct);
            await run.CancelAsync(reason, actor, ct);
            return true;
        }, false, ct);

    /// <summary>Runs the faulted work of an instance again. Returns false when the instance was not faulted.</summary>
    public Task<bool> RetryAsync(Guid instanceId, string? actor = null, CancellationToken ct = default) =>
        InUnitOfWorkAsync(async (uow, effects) =>
        {
            var instance = await uow.FindInstanceAsync(instanceId, ct) ?? throw new InstanceNotFoundException(instanceId);
            if (instance.Status != InstanceStatus.Faulted) return false;
            var run = await InstanceRun.LoadAsync(_services, uow, effects, instance, ct);
            await run.RetryAsync(actor, ct);
            return true;
        }, false, ct);

    /// <summary>
    /// Reports what moving an instance to version <paramref name="toVersion"/> of its definition does and, unless
    /// <paramref name="dryRun"/>, moves it when nothing blocks (else <see cref="MigrationBlockedException"/>, nothing changed).
    /// </summary>
    public Task<MigrationReport> MigrateAsync(Guid instanceId, int toVersion, bool dryRun, string? actor = null, CancellationToken ct = default) =>
        InUnitOfWorkAsync((uow, effects) => InstanceMigration.RunAsync(_services, uow, effects, instanceId, toVersion, dryRun, actor, ct), false, ct);

    private async Task<ResumeResult> ResumeInAsync(IWorkflowUnitOfWork uow, CommitEffects effects, Guid bookmarkId, JsonNode? payload, string? actor, CancellationToken ct)
    {
        var bookmark = await uow.FindBookmarkAsync(bookmarkId, ct);
        if (bookmark is null) return new ResumeResult(ResumeOutcome.NotFound, null, $"No bookmark {bookmarkId}.");
        if (bookmark.ConsumedAt is not null)
            return new ResumeResult(ResumeOutcome.AlreadyConsumed, bookmark.InstanceId,
                $"Bookmark {bookmarkId} was already {bookmark.ConsumedHow} at {bookmark.ConsumedAt:O}; nothing was changed.");
        var instance = await uow.FindInstanceAsync(bookmark.InstanceId, ct) ?? throw new InstanceNotFoundException(bookmark.InstanceId);
        var run = await InstanceRun.LoadAsync(_services, uow, effects, instance, ct);
        // Read after the instance: if another writer consumed it in between, it is no longer active.
        var live = run.ActiveBookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (live is null)
            return new ResumeResult(ResumeOutcome.AlreadyConsumed, bookmark.InstanceId, $"Bookmark {bookmarkId} was already consumed; nothing was changed.");
        var outcome = await run.ResumeAsync(live, payload, actor, ct);
        return new ResumeResult(outcome, instance.Id, outcome switch
        {
            ResumeOutcome.Resumed => "Resumed.",
            ResumeOutcome.Faulted => "The activity faulted; an incident was recorded.",
            _ => $"Instance {instance.Id} is {instance.Status.ToString().ToLowerInvariant()}; nothing was changed.",
        });
    }

    private async Task<T> InUnitOfWorkAsync<T>(Func<IWorkflowUnitOfWork, CommitEffects, Task<T>> operation, bool retryOnDuplicate, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var effects = new CommitEffects();
            try
            {
                T result;
                await using (var uow = _store.Begin())
                {
                    result = await operation(uow, effects);
                    await uow.CommitAsync(ct);
                }
                await AfterCommitAsync(effects, ct);
                return result;
            }
            catch (Exception e) when ((e is ConcurrencyConflictException || (retryOnDuplicate && e is DuplicateKeyException))
                                      && attempt < _services.Options.MaxConcurrencyRetries)
            {
                _logger.LogDebug("Attempt {Attempt} lost a race ({Reason}); retrying.", attempt, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), ct);
            }
        }
    }

    private async Task AfterCommitAsync(CommitEffects effects, CancellationToken ct)
    {
        foreach (var id in effects.CancelledTimers) await _timers.CancelAsync(id, ct);
        foreach (var timer in effects.ScheduledTimers.Where(t => t.Status == TimerStatus.Pending)) await _timers.ScheduleAsync(timer, ct);
        if (InstanceChanged is { } changed)
            foreach (var id in effects.TouchedInstances.Distinct()) changed(id);
    }
}

internal static class TaskRules
{
    public static void CheckCompletion(TaskItem task, string outcome, JsonObject? data, string? actor)
    {
        var errors = new List<ValidationError>();
        var outcomes = JsonSerializer.Deserialize<List<string>>(task.OutcomesJson) ?? [];
        if (!outcomes.Contains(outcome))
            errors.Add(new ValidationError("$.outcome", $"'{outcome}' is not an outcome of task '{task.Title}'. Choose one of: {string.Join(", ", outcomes)}."));
        if (task.Status == TaskItemStatus.Claimed && task.ClaimedBy != actor)
            errors.Add(new ValidationError("$", $"Task '{task.Title}' is claimed by {task.ClaimedBy}."));
        foreach (var field in (JsonNode.Parse(task.FormFieldsJson) as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = field["name"]?.GetValue<string>();
            var required = field["required"] is JsonValue r && r.TryGetValue<bool>(out var req) && req;
            if (name is not null && required && (data is null || data[name] is null || data[name]!.ToString() == ""))
                errors.Add(new ValidationError($"$.data.{name}", $"The form field '{name}' is required."));
        }
        if (errors.Count > 0) throw new TaskCompletionException(errors);
    }

    public static void CheckClaim(TaskItem task, string actor)
    {
        if (task.Status is TaskItemStatus.Completed or TaskItemStatus.Cancelled)
            throw new TaskCompletionException([new ValidationError("$", $"Task '{task.Title}' is {task.Status.ToString().ToLowerInvariant()} and cannot be claimed.")]);
        if (task.Status == TaskItemStatus.Claimed && task.ClaimedBy != actor)
            throw new TaskCompletionException([new ValidationError("$", $"Task '{task.Title}' is already claimed by {task.ClaimedBy}.")]);
    }
}

public sealed class TaskCompletionException(IReadOnlyList<ValidationError> errors)
    : Exception(string.Join("; ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}

public sealed class TaskNotFoundException(Guid id) : Exception($"No task {id}.");

public sealed class InstanceNotFoundException(Guid id) : Exception($"No workflow instance {id}.");

public sealed class WorkflowNotFoundException(string message) : Exception(message);
