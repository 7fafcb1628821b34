using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Engine.Runtime;

/// <summary>
/// The interpreter for one instance inside one unit of work: runs paths until each waits on a
/// bookmark, then leaves every change tracked for a single commit.
/// </summary>
internal sealed class InstanceRun
{
    private readonly IWorkflowUnitOfWork _uow;
    private readonly CommitEffects _effects;
    private readonly ExecutionState _state;
    private readonly List<Bookmark> _bookmarks;
    private readonly List<TaskItem> _tasks;
    private readonly List<WorkflowTimer> _timers;
    private JsonNode? _input;

    private InstanceRun(RuntimeServices services, IWorkflowUnitOfWork uow, CommitEffects effects, WorkflowInstance instance,
        CachedDefinition definition, List<Bookmark> bookmarks, List<TaskItem> tasks, List<WorkflowTimer> timers)
    {
        Services = services;
        _uow = uow;
        _effects = effects;
        Instance = instance;
        Definition = definition.Definition;
        Graph = definition.Graph;
        _bookmarks = bookmarks;
        _tasks = tasks;
        _timers = timers;
        _state = ExecutionState.Parse(instance.StateJson);
        Variables = JsonNode.Parse(instance.VariablesJson)?.AsObject() ?? [];
        Now = services.Clock.GetUtcNow();
        effects.TouchedInstances.Add(instance.Id);
    }

    public RuntimeServices Services { get; }
    public IWorkflowUnitOfWork UnitOfWork => _uow;
    public WorkflowInstance Instance { get; }
    public WorkflowDefinition Definition { get; }
    public FlowchartGraph Graph { get; }
    public DateTimeOffset Now { get; }
    public JsonObject Variables { get; private set; }

    private IExpressionSession? _expressions;
    /// <summary>One script engine per run of this instance, created on first use.</summary>
    public IExpressionSession Expressions => _expressions ??= Services.Expressions.OpenSession();

    public static async Task<InstanceRun> LoadAsync(RuntimeServices services, IWorkflowUnitOfWork uow, CommitEffects effects, WorkflowInstance instance, CancellationToken ct)
    {
        var definition = await services.Definitions.GetAsync(uow, instance.DefinitionId, instance.DefinitionVersion, ct);
        var bookmarks = (await uow.ActiveBookmarksAsync(instance.Id, ct)).ToList();
        var tasks = bookmarks.Any(b => b.Kind == BookmarkKind.Task) ? (await uow.ActiveTasksAsync(instance.Id, ct)).ToList() : [];
        var timers = bookmarks.Any(b => b.Kind == BookmarkKind.Timer) ? (await uow.PendingTimersAsync(instance.Id, ct)).ToList() : [];
        return new InstanceRun(services, uow, effects, instance, definition, bookmarks, tasks, timers);
    }

    public static InstanceRun ForNew(RuntimeServices services, IWorkflowUnitOfWork uow, CommitEffects effects, WorkflowInstance instance, CachedDefinition definition) =>
        new(services, uow, effects, instance, definition, [], [], []);

    public IReadOnlyList<Bookmark> ActiveBookmarks => _bookmarks;

    public JsonObject ActivityState(string activityId)
    {
        if (!_state.Activities.TryGetValue(activityId, out var state))
            _state.Activities[activityId] = state = [];
        return state;
    }

    public ExpressionScope Scope() => new(
        Variables,
        _input ??= JsonNode.Parse(Instance.InputJson),
        _state.Outputs,
        new JsonObject
        {
            ["id"] = Instance.Id.ToString(),
            ["definitionId"] = Instance.DefinitionId,
            ["version"] = Instance.DefinitionVersion,
            ["businessKey"] = Instance.BusinessKey,
            ["status"] = Instance.BusinessStatus,
        },
        Now);

    // ---- starting, resuming, retrying, cancelling ----

    public async Task StartAsync(JsonObject input, CancellationToken ct)
    {
        _input = input;
        Instance.InputJson = input.ToJsonString();
        foreach (var variable in Definition.Variables)
            Variables[variable.Name] = variable.Default?.DeepClone();
        foreach (var declared in Definition.Inputs)
        {
            if (input.TryGetPropertyValue(declared.Name, out var value)) Variables[declared.Name] = value?.DeepClone();
            else if (declared.Default is not null) Variables[declared.Name] = declared.Default.DeepClone();
        }
        Journal(null, null, JournalEvents.InstanceStarted, null, Instance.StartedBy, input.ToJsonString());
        _state.Queue.Add(new Token(Definition.StartActivity.Id, null));
        await RunQueueAsync(ct);
    }

    public async Task<ResumeOutcome> ResumeAsync(Bookmark bookmark, JsonNode? payload, string? actor, CancellationToken ct)
    {
        if (Instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
            return ResumeOutcome.InstanceFinished;
        var activity = Definition.FindActivity(bookmark.ActivityId)!;
        var type = Services.Activities.Find(activity.Type)!;
        var context = new ActivityContext(this, type, activity, bookmark.ExecutionId, bookmark, payload, actor);

        ActivityResult result;
        try
        {
            result = await type.ResumeAsync(context);
        }
        catch (Exception e) when (IsActivityFault(e))
        {
            // The bookmark stays active: a retry resumes it again with the same payload.
            Fault(activity, e, new FaultedWork(Guid.Empty, null, bookmark.Id, payload?.DeepClone(), actor));
            await FinishAsync(ct);
            return ResumeOutcome.Faulted;
        }

        Consume(bookmark, "resumed");
        Journal(activity, JournalEvents.Resumed, null, actor, payload?.ToJsonString());
        Apply(activity, bookmark.ExecutionId, result, actor);
        await RunQueueAsync(ct);
        return ResumeOutcome.Resumed;
    }

    public async Task RetryAsync(string? actor, CancellationToken ct)
    {
        var faulted = _state.Faulted.ToList();
        _state.Faulted.Clear();
        foreach (var incident in await _uow.OpenIncidentsAsync(Instance.Id, ct))
        {
            incident.ResolvedAt = Now;
            incident.RetryCount++;
        }
        Instance.Status = InstanceStatus.Running;
        Journal(null, null, JournalEvents.InstanceRetried, null, actor, null);
        foreach (var work in faulted)
        {
            if (work.Token is not null)
            {
                _state.Queue.Add(work.Token);
                continue;
            }
            var bookmark = _bookmarks.FirstOrDefault(b => b.Id == work.BookmarkId);
            if (bookmark is not null) await ResumeAsync(bookmark, work.Payload, work.Actor ?? actor, ct);
        }
        await RunQueueAsync(ct);
    }

    public async Task CancelAsync(string? reason, string? actor, CancellationToken ct)
    {
        foreach (var bookmark in _bookmarks.ToList()) CancelBookmark(bookmark);
        _state.Queue.Clear();
        _state.Faulted.Clear();
        foreach (var incident in await _uow.OpenIncidentsAsync(Instance.Id, ct)) incident.ResolvedAt = Now;
        Instance.Status = InstanceStatus.Cancelled;
        Instance.FinishedAt = Now;
        Journal(null, null, JournalEvents.InstanceCancelled, null, actor, reason);
        foreach (var child in await _uow.FindChildInstancesAsync(Instance.Id, ct))
        {
            if (child.Status is InstanceStatus.Completed or InstanceStatus.Cancelled) continue;
            var childRun = await LoadAsync(Services, _uow, _effects, child, ct);
            await childRun.CancelAsync(ParentCancelled, actor, ct);
        }
        Save();
        if (Instance.ParentInstanceId is { } parentId && reason != ParentCancelled)
            await ResumeWaitingParentAsync(parentId, ct);
    }

    private const string ParentCancelled = "parent cancelled";

    // ---- the interpreter loop ----

    private async Task RunQueueAsync(CancellationToken ct)
    {
        var steps = 0;
        while (_state.Queue.Count > 0 && Instance.Status != InstanceStatus.Completed && Instance.Status != InstanceStatus.Cancelled)
        {
            var token = _state.Queue[0];
            _state.Queue.RemoveAt(0);
            var activity = Definition.FindActivity(token.ActivityId)!;
            if (++steps > Services.Options.MaxStepsPerRun)
            {
                Fault(activity, new ActivityFaultException(
                    $"More than {Services.Options.MaxStepsPerRun} activities ran without waiting: is there a loop with no task, timer or signal in it?"),
                    new FaultedWork(Guid.Empty, token, null, null, null));
                continue;
            }
            await ExecuteAsync(activity, token);
        }
        await FinishAsync(ct);
    }

    private async Task ExecuteAsync(ActivityDefinition activity, Token token)
    {
        var type = Services.Activities.Find(activity.Type)!;
        var executionId = Guid.NewGuid();
        var context = new ActivityContext(this, type, activity, executionId, null, null, Instance.StartedBy) { ArrivedVia = token.Via };
        Journal(activity, JournalEvents.Entered, null, null, null);
        try
        {
            var result = await type.ExecuteAsync(context);
            Apply(activity, executionId, result, null);
        }
        catch (Exception e) when (IsActivityFault(e))
        {
            CloseExecution(executionId);
            Fault(activity, e, new FaultedWork(Guid.Empty, token, null, null, null));
        }
    }

    private void Apply(ActivityDefinition activity, Guid executionId, ActivityResult result, string? actor)
    {
        if (result.Output is not null) _state.Outputs[activity.Id] = result.Output.DeepClone();
        if (result.EndsInstance)
        {
            Journal(activity, JournalEvents.Completed, null, actor, null);
            foreach (var bookmark in _bookmarks.ToList()) CancelBookmark(bookmark);
            _state.Queue.Clear();
            Complete();
            return;
        }
        if (result.Completed)
        {
            CloseExecution(executionId);
            Journal(activity, JournalEvents.Completed, string.Join(",", result.Outcomes), actor, result.Output?.ToJsonString());
        }
        else
        {
            Journal(activity, JournalEvents.Waiting, result.Outcomes.Count > 0 ? string.Join(",", result.Outcomes) : null, actor, result.Output?.ToJsonString());
        }
        foreach (var outcome in result.Outcomes)
            foreach (var connection in Definition.Outgoing(activity.Id).Where(c => c.Outcome == outcome))
                _state.Queue.Add(new Token(connection.To, connection.Index));
    }

    private async Task FinishAsync(CancellationToken ct)
    {
        if (_state.Faulted.Count > 0) Instance.Status = InstanceStatus.Faulted;
        else if (Instance.Status == InstanceStatus.Faulted) Instance.Status = InstanceStatus.Running;

        if (Instance.Status == InstanceStatus.Running && _state.Queue.Count == 0 && _bookmarks.Count == 0)
            Complete();
        Save();

        if (Instance.Status == InstanceStatus.Completed && Instance.ParentInstanceId is { } parentId && !SuppressParentResume)
            await ResumeWaitingParentAsync(parentId, ct);
    }

    /// <summary>Set while a parent starts this child synchronously: the parent reads the result itself.</summary>
    public bool SuppressParentResume { get; set; }

    private async Task ResumeWaitingParentAsync(Guid parentId, CancellationToken ct)
    {
        var parent = await _uow.FindInstanceAsync(parentId, ct);
        if (parent is null) return;
        var parentRun = await LoadAsync(Services, _uow, _effects, parent, ct);
        var bookmark = parentRun.ActiveBookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Child && b.ChildInstanceId == Instance.Id);
        if (bookmark is not null)
            await parentRun.ResumeAsync(bookmark, new JsonObject { ["status"] = Instance.Status.ToString(), ["variables"] = Variables.DeepClone() }, null, ct);
    }

    private void Complete()
    {
        if (Instance.Status == InstanceStatus.Completed) return;
        Instance.Status = InstanceStatus.Completed;
        Instance.FinishedAt = Now;
        Journal(null, null, JournalEvents.InstanceCompleted, null, null, null);
    }

    private void Save()
    {
        Instance.VariablesJson = Variables.ToJsonString();
        Instance.StateJson = _state.Serialize();
        Instance.UpdatedAt = Now;
        Instance.Revision++;
    }

    // Rows are keyed by time-ordered ids: a new row goes to the end of its table's and indexes' b-trees, so a commit
    // dirties (and writes to the log) a few pages at the edge instead of one page per row scattered across the file.
    private Guid NewRowId() => Guid.CreateVersion7(Now);

    // ---- faults ----

    private static bool IsActivityFault(Exception e) => e is not OperationCanceledException and not ConcurrencyConflictException;

    private void Fault(ActivityDefinition activity, Exception error, FaultedWork work)
    {
        var incident = new Incident
        {
            Id = NewRowId(),
            InstanceId = Instance.Id,
            ActivityId = activity.Id,
            ErrorType = error.GetType().Name,
            Message = error.Message,
            CreatedAt = Now,
        };
        _uow.Add(incident);
        _state.Faulted.Add(work with { IncidentId = incident.Id });
        Instance.Status = InstanceStatus.Faulted;
        Journal(activity, JournalEvents.Faulted, null, work.Actor, $"{error.GetType().Name}: {error.Message}");
    }

    // ---- effects requested by activities ----

    public Bookmark CreateBookmark(ActivityContext context, BookmarkKind kind, string tag, Action<Bookmark>? configure = null)
    {
        var bookmark = new Bookmark
        {
            Id = NewRowId(),
            InstanceId = Instance.Id,
            ActivityId = context.Activity.Id,
            ExecutionId = context.ExecutionId,
            Kind = kind,
            Tag = tag,
            CreatedAt = Now,
        };
        configure?.Invoke(bookmark);
        _bookmarks.Add(bookmark);
        _uow.Add(bookmark);
        return bookmark;
    }

    public TaskItem CreateTask(ActivityContext context, TaskSpec spec)
    {
        var bookmark = CreateBookmark(context, BookmarkKind.Task, "task");
        var task = new TaskItem
        {
            Id = NewRowId(),
            InstanceId = Instance.Id,
            BookmarkId = bookmark.Id,
            ActivityId = context.Activity.Id,
            DefinitionId = Instance.DefinitionId,
            Title = spec.Title,
            AssigneeRole = spec.AssigneeRole,
            OrgUnitId = spec.OrgUnitId,
            OutcomesJson = JsonSerializer.Serialize(spec.Outcomes),
            FormFieldsJson = spec.FormFields.ToJsonString(),
            Status = TaskItemStatus.Open,
            CreatedAt = Now,
            DueAt = spec.DueAt,
        };
        _tasks.Add(task);
        _uow.Add(task);
        return task;
    }

    public WorkflowTimer CreateTimer(ActivityContext context, string purpose, DateTimeOffset dueAt, string? calendar = null)
    {
        var bookmark = CreateBookmark(context, BookmarkKind.Timer, purpose);
        var timer = new WorkflowTimer
        {
            Id = NewRowId(),
            InstanceId = Instance.Id,
            BookmarkId = bookmark.Id,
            ActivityId = context.Activity.Id,
            Purpose = purpose,
            DueAt = dueAt,
            Calendar = calendar,
            Status = TimerStatus.Pending,
            CreatedAt = Now,
        };
        _timers.Add(timer);
        _uow.Add(timer);
        _effects.ScheduledTimers.Add(timer);
        return timer;
    }

    public TaskItem? TaskFor(Guid bookmarkId) => _tasks.FirstOrDefault(t => t.BookmarkId == bookmarkId);

    public void Notify(ActivityContext context, string channel, string recipient, string? subject, string body) =>
        _uow.Add(new OutboxMessage
        {
            Id = NewRowId(),
            InstanceId = Instance.Id,
            ActivityId = context.Activity.Id,
            Channel = channel,
            Recipient = recipient,
            Subject = subject,
            Body = body,
            CreatedAt = Now,
        });

    public void SetBusinessStatus(string status, string? note)
    {
        Instance.BusinessStatus = status;
        Instance.BusinessStatusNote = note;
    }

    public async Task<WorkflowInstance> StartChildAsync(string definitionId, JsonNode? input, string? actor)
    {
        var definition = await Services.Definitions.GetLatestPublishedAsync(_uow, definitionId, default)
            ?? throw new ActivityFaultException($"No published workflow '{definitionId}' to start as a child.");
        var child = WorkflowStarter.NewInstance(definition.Definition, Now, actor, businessKey: Instance.BusinessKey, startRequestId: null);
        child.ParentInstanceId = Instance.Id;
        var childInput = WorkflowStarter.CoerceInput(definition.Definition, input);
        _uow.Add(child);
        var run = ForNew(Services, _uow, _effects, child, definition);
        run.SuppressParentResume = true;
        await run.StartAsync(childInput, default);
        return child;
    }

    public void CancelPathsIn(IReadOnlySet<string> activityIds, string cancelledBy)
    {
        foreach (var bookmark in _bookmarks.Where(b => activityIds.Contains(b.ActivityId)).ToList())
        {
            CancelBookmark(bookmark);
            Journal(Definition.FindActivity(bookmark.ActivityId), JournalEvents.Cancelled, null, null, $"cancelled by {cancelledBy}");
        }
        _state.Queue.RemoveAll(t => activityIds.Contains(t.ActivityId));
    }

    // ---- bookmarks ----

    /// <summary>Closes every bookmark an execution still holds: its task, deadline and reminder.</summary>
    private void CloseExecution(Guid executionId)
    {
        foreach (var bookmark in _bookmarks.Where(b => b.ExecutionId == executionId).ToList())
            CancelBookmark(bookmark);
    }

    private void Consume(Bookmark bookmark, string how)
    {
        bookmark.ConsumedAt = Now;
        bookmark.ConsumedHow = how;
        _bookmarks.Remove(bookmark);
        if (TaskFor(bookmark.Id) is { } task && how == "resumed")
        {
            _tasks.Remove(task);
        }
        if (_timers.FirstOrDefault(t => t.BookmarkId == bookmark.Id) is { } timer)
        {
            timer.Status = how == "resumed" ? TimerStatus.Fired : TimerStatus.Cancelled;
            timer.FiredAt = how == "resumed" ? Now : null;
            if (how != "resumed") _effects.CancelledTimers.Add(timer.Id);
            _timers.Remove(timer);
        }
    }

    private void CancelBookmark(Bookmark bookmark)
    {
        if (TaskFor(bookmark.Id) is { } task)
        {
            task.Status = TaskItemStatus.Cancelled;
            task.FinishedAt = Now;
            _tasks.Remove(task);
        }
        Consume(bookmark, "cancelled");
    }

    // ---- journal ----

    private void Journal(ActivityDefinition? activity, string @event, string? outcome, string? actor, string? data) =>
        Journal(activity?.Id, activity?.Type, @event, outcome, actor, data);

    private void Journal(string? activityId, string? activityType, string @event, string? outcome, string? actor, string? data) =>
        _uow.Add(new JournalEntry
        {
            InstanceId = Instance.Id,
            Sequence = ++Instance.JournalSequence,
            ActivityId = activityId,
            ActivityType = activityType,
            Event = @event,
            Outcome = outcome,
            Actor = actor,
            At = Now,
            Data = JournalLimits.Bound(data),
        });
}

public enum ResumeOutcome { Resumed, AlreadyConsumed, NotFound, InstanceFinished, Faulted }
