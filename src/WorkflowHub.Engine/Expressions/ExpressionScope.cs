using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Expressions;

/// <summary>What an expression can see. Everything crosses into JavaScript as JSON, never as a CLR object.</summary>
public sealed record ExpressionScope(
    JsonObject Variables,
    JsonNode? Input,
    JsonObject Outputs,
    JsonObject Instance,
    DateTimeOffset Now);

public sealed record ScriptResult(JsonObject Variables, IReadOnlyList<string> Outcomes);

/// <summary>An expression or script failed: a syntax error, a thrown error, or a sandbox limit.</summary>
public sealed class ScriptFaultException(string message, Exception? inner = null) : Exception(message, inner);
