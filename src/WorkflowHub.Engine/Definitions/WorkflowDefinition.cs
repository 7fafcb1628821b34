using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Definitions;

/// <summary>A parsed, validated workflow definition: the flowchart the interpreter runs.</summary>
public sealed class WorkflowDefinition
{
    public required string DefinitionId { get; init; }
    public required string Name { get; init; }
    public int Version { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<VariableDeclaration> Variables { get; init; } = [];
    public IReadOnlyList<InputDeclaration> Inputs { get; init; } = [];
    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];
    public IReadOnlyList<Connection> Connections { get; init; } = [];
    public JsonObject? Layout { get; init; }
    /// <summary>Starts an instance on this cron schedule while the definition is published (5 or 6 fields, see CronSchedule).</summary>
    public string? StartCron { get; init; }
    /// <summary>IANA time zone the cron is read in; Asia/Shanghai when not given.</summary>
    public string? StartCronTimeZone { get; init; }

    public const string DefaultTimeZone = "Asia/Shanghai";

    private Dictionary<string, ActivityDefinition>? _byId;
    private ILookup<string, Connection>? _outgoing;

    public ActivityDefinition? FindActivity(string id) =>
        (_byId ??= Activities.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First())).GetValueOrDefault(id);

    public ActivityDefinition StartActivity => Activities.First(a => a.Type == "Start");

    public IEnumerable<Connection> Outgoing(string activityId) =>
        (_outgoing ??= Connections.ToLookup(c => c.From))[activityId];

    public IEnumerable<Connection> Incoming(string activityId) => Connections.Where(c => c.To == activityId);
}

public sealed record VariableDeclaration(string Name, string Type, JsonNode? Default);

public sealed record InputDeclaration(string Name, string Type, bool Required, JsonNode? Default);

public sealed record ActivityDefinition(string Id, string Type, string? Name, JsonObject Properties, int Index)
{
    public JsonNode? Property(string name) => Properties.TryGetPropertyValue(name, out var v) ? v : null;
}

public sealed record Connection(string From, string Outcome, string To, int Index);
