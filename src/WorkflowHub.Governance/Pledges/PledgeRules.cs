using System.Text.Json.Nodes;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Governance.Pledges;

/// <summary>The yearly pledge limits, read from the published pledge-review definition so that an admin can change them there.</summary>
public sealed class PledgeRules(IWorkflowStore store)
{
    public const string DefinitionId = "pledge-review";
    public const int DefaultMaxPerYear = 5;

    public async Task<int> MaxPerYearAsync(CancellationToken ct = default)
    {
        await using var work = store.Begin();
        var definition = await work.FindLatestPublishedAsync(DefinitionId, ct);
        var variables = definition is null ? null : JsonNode.Parse(definition.Json)?["variables"] as JsonArray;
        var declared = variables?.OfType<JsonObject>().FirstOrDefault(v => v["name"]?.GetValue<string>() == "maxPledgesPerYear")?["default"];
        return declared is JsonValue value && value.TryGetValue<double>(out var max) ? (int)max : DefaultMaxPerYear;
    }
}
