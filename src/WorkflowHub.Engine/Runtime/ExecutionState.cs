using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowHub.Engine.Runtime;

/// <summary>
/// The interpreter's persistent state besides variables. At a commit the queue is empty unless the
/// instance faulted: faulted work waits in <see cref="Faulted"/> until it is retried.
/// </summary>
internal sealed class ExecutionState
{
    [JsonPropertyName("queue")] public List<Token> Queue { get; set; } = [];
    [JsonPropertyName("faulted")] public List<FaultedWork> Faulted { get; set; } = [];
    [JsonPropertyName("activities")] public Dictionary<string, JsonObject> Activities { get; set; } = [];
    [JsonPropertyName("outputs")] public JsonObject Outputs { get; set; } = [];

    public static ExecutionState Parse(string json) =>
        JsonSerializer.Deserialize<ExecutionState>(json, Options) ?? new ExecutionState();

    public string Serialize() => JsonSerializer.Serialize(this, Options);

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}

/// <summary>A path about to enter <see cref="ActivityId"/>, arriving over connection <see cref="Via"/>.</summary>
internal sealed record Token(
    [property: JsonPropertyName("a")] string ActivityId,
    [property: JsonPropertyName("c")] int? Via);

/// <summary>Work that failed: either entering an activity (Token) or resuming a bookmark.</summary>
internal sealed record FaultedWork(
    [property: JsonPropertyName("incident")] Guid IncidentId,
    [property: JsonPropertyName("token")] Token? Token,
    [property: JsonPropertyName("bookmark")] Guid? BookmarkId,
    [property: JsonPropertyName("payload")] JsonNode? Payload,
    [property: JsonPropertyName("actor")] string? Actor);
