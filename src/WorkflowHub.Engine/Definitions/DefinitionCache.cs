using System.Collections.Concurrent;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Definitions;

public sealed record CachedDefinition(WorkflowDefinition Definition, FlowchartGraph Graph);

/// <summary>Parsed definitions by (id, version). Published versions never change, so entries never go stale.</summary>
public sealed class DefinitionCache(DefinitionLoader loader)
{
    private readonly ConcurrentDictionary<(string, int), CachedDefinition> _parsed = new();

    public async Task<CachedDefinition> GetAsync(IWorkflowUnitOfWork uow, string definitionId, int version, CancellationToken ct)
    {
        if (_parsed.TryGetValue((definitionId, version), out var cached)) return cached;
        var record = await uow.FindDefinitionAsync(definitionId, version, ct)
            ?? throw new InvalidOperationException($"Workflow definition '{definitionId}' version {version} is not stored.");
        return Remember(record);
    }

    public async Task<CachedDefinition?> GetLatestPublishedAsync(IWorkflowUnitOfWork uow, string definitionId, CancellationToken ct)
    {
        var record = await uow.FindLatestPublishedAsync(definitionId, ct);
        return record is null ? null : _parsed.TryGetValue((definitionId, record.Version), out var cached) ? cached : Remember(record);
    }

    private CachedDefinition Remember(DefinitionRecord record)
    {
        var definition = loader.LoadValid(record.Json, record.Version);
        var entry = new CachedDefinition(definition, new FlowchartGraph(definition));
        // Drafts are parsed on every use: only published versions are immutable.
        if (record.Status != DefinitionStatus.Draft) _parsed[(record.DefinitionId, record.Version)] = entry;
        return entry;
    }
}
