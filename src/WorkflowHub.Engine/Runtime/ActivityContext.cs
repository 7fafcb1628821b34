using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Timing;

namespace WorkflowHub.Engine.Runtime;

/// <summary>Everything one execution of an activity may read and do. Effects land in the instance's next commit.</summary>
public sealed class ActivityContext
{
    private readonly InstanceRun _run;
    private readonly IActivity _type;

    internal ActivityContext(InstanceRun run, IActivity type, ActivityDefinition activity, Guid executionId, Bookmark? bookmark, JsonNode? payload, string? actor)
    {
        _run = run;
        _type = type;
        Activity = activity;
        ExecutionId = executionId;
        Bookmark = bookmark;
        Payload = payload;
        Actor = actor;
    }

    public ActivityDefinition Activity { get; }
    public Guid ExecutionId { get; }
    /// <summary>The bookmark being resumed, or null on first execution.</summary>
    public Bookmark? Bookmark { get; }
    /// <summary>What the resumer handed in: task form data, a signal's payload, a child's output.</summary>
    public JsonNode? Payload { get; }
    public string? Actor { get; }
    /// <summary>The connection the path arrived over (null on resume or for Start).</summary>
    public int? ArrivedVia { get; init; }

    public WorkflowDefinition Definition => _run.Definition;
    public WorkflowInstance Instance => _run.Instance;
    public FlowchartGraph Graph => _run.Graph;
    public DateTimeOffset Now => _run.Now;
    public JsonObject Variables => _run.Variables;
    /// <summary>State kept for this activity across executions and commits (a Join's arrivals).</summary>
    public JsonObject State => _run.ActivityState(Activity.Id);

    internal JsonObject StateOf(string activityId) => _run.ActivityState(activityId);

    public JsonNode? Raw(string property) =>
        Activity.Property(property) ?? _type.Descriptor.Properties.FirstOrDefault(p => p.Name == property)?.Default?.DeepClone();

    /// <summary>The property's value with every '=' expression in it evaluated.</summary>
    public JsonNode? Evaluate(string property) => EvaluateNode(Raw(property), property);

    public JsonNode? EvaluateExpression(string expression) => _run.Expressions.Evaluate(expression, _run.Scope());

    public ScriptResult ExecuteScript(string script) => _run.Expressions.Execute(script, _run.Scope());

    public string? GetString(string property) => Evaluate(property) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => other.ToJsonString()
    };

    public string RequireString(string property) =>
        GetString(property) is { Length: > 0 } s ? s : throw new ActivityFaultException($"Property '{property}' of '{Activity.Id}' evaluated to nothing.");

    public bool GetBool(string property, bool fallback = false) => Evaluate(property) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        null => fallback,
        var other => throw new ActivityFaultException($"Property '{property}' of '{Activity.Id}' should be true or false but is {other.ToJsonString()}.")
    };

    public TimeSpan? GetDuration(string property)
    {
        var text = GetString(property);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DurationParser.TryParse(text, out var value, out var error)
            ? value
            : throw new ActivityFaultException($"Property '{property}' of '{Activity.Id}': {error}");
    }

    public DateTimeOffset? GetInstant(string property)
    {
        var text = GetString(property);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new ActivityFaultException($"Property '{property}' of '{Activity.Id}': '{text}' is not an ISO-8601 date and time.");
    }

    /// <summary>A module's entity by key, tracked: changes to it commit with this instance, atomically.</summary>
    public ValueTask<T?> FindAsync<T>(object key, CancellationToken ct = default) where T : class => _run.UnitOfWork.FindAsync<T>(key, ct);

    /// <summary>Adds a module's entity (a timeline row, a whistle) to this instance's commit.</summary>
    public void Add<T>(T entity) where T : class => _run.UnitOfWork.Add(entity);

    public TaskItem CreateTask(TaskSpec spec) => _run.CreateTask(this, spec);

    public WorkflowTimer CreateTimer(string purpose, DateTimeOffset dueAt, string? calendar = null) => _run.CreateTimer(this, purpose, dueAt, calendar);

    /// <summary>
    /// The instant <paramref name="duration"/> after now: elapsed time when <paramref name="calendar"/> is empty,
    /// otherwise working time on that calendar (a calendar name or an org unit with one).
    /// </summary>
    public DateTimeOffset DueAfter(TimeSpan duration, string? calendar)
    {
        if (string.IsNullOrWhiteSpace(calendar)) return Now + duration;
        var workingTime = _run.Services.WorkingTime
            ?? throw new ActivityFaultException($"'{Activity.Id}' counts working time on calendar '{calendar}', but no working-time calendars are configured.");
        try { return workingTime.AddWorkingTime(Now, duration, calendar); }
        catch (UnknownCalendarException e) { throw new ActivityFaultException($"'{Activity.Id}': {e.Message}", e); }
    }

    public Bookmark CreateSignalBookmark(string signal, string? correlationKey) =>
        _run.CreateBookmark(this, BookmarkKind.Signal, "signal", b => { b.SignalName = signal; b.CorrelationKey = correlationKey; });

    public Bookmark CreateChildBookmark(Guid childInstanceId) =>
        _run.CreateBookmark(this, BookmarkKind.Child, "child", b => b.ChildInstanceId = childInstanceId);

    public TaskItem? TaskFor(Bookmark bookmark) => _run.TaskFor(bookmark.Id);

    public void Notify(string channel, string recipient, string? subject, string body) => _run.Notify(this, channel, recipient, subject, body);

    public void SetBusinessStatus(string status, string? note) => _run.SetBusinessStatus(status, note);

    /// <summary>Starts a child instance in this same transaction and runs it until it waits.</summary>
    public Task<WorkflowInstance> StartChildAsync(string definitionId, JsonNode? input) => _run.StartChildAsync(definitionId, input, Actor);

    /// <summary>Cancels the paths waiting in the given activities (used by Join in "any" mode).</summary>
    public void CancelPathsIn(IReadOnlySet<string> activityIds) => _run.CancelPathsIn(activityIds, Activity.Id);

    private JsonNode? EvaluateNode(JsonNode? node, string property) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith('=') => Guard(() => _run.Expressions.Evaluate(s[1..], _run.Scope()), property),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, EvaluateNode(p.Value, property)))),
        JsonArray a => new JsonArray(a.Select(i => EvaluateNode(i, property)).ToArray()),
        _ => node?.DeepClone()
    };

    private JsonNode? Guard(Func<JsonNode?> evaluate, string property)
    {
        try { return evaluate(); }
        catch (ScriptFaultException e) { throw new ActivityFaultException($"Property '{property}' of '{Activity.Id}': {e.Message}", e); }
    }
}

/// <summary>What a HumanTask asks for; the runtime turns it into a task row and its bookmark.</summary>
public sealed record TaskSpec(
    string Title,
    string AssigneeRole,
    string? OrgUnitId,
    IReadOnlyList<string> Outcomes,
    JsonArray FormFields,
    DateTimeOffset? DueAt);

/// <summary>An activity failed in a way the workflow author must fix or retry.</summary>
public sealed class ActivityFaultException(string message, Exception? inner = null) : Exception(message, inner);
