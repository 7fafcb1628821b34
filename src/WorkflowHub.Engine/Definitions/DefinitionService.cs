using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Engine.Definitions;

public sealed record SaveDraftResult(DefinitionRecord? Draft, IReadOnlyList<ValidationError> Errors);

/// <summary>
/// Versions of definitions: one editable draft per definition, published versions numbered 1, 2, 3…
/// that never change again, so an instance keeps running on the version it started on.
/// </summary>
public sealed class DefinitionService(IWorkflowStore store, DefinitionLoader loader, TimeProvider clock, IStartScheduler? starts = null)
{
    /// <summary>Stores the draft only when it is valid; otherwise answers its errors and stores nothing (for callers that refuse invalid uploads).</summary>
    public async Task<SaveDraftResult> SaveValidDraftAsync(string json, CancellationToken ct = default)
    {
        var result = loader.Load(json);
        return result.IsValid ? await SaveDraftAsync(json, ct) : new SaveDraftResult(null, result.Errors);
    }

    /// <summary>Stores the draft even when it has errors (a designer saves work in progress); publishing needs none.</summary>
    public async Task<SaveDraftResult> SaveDraftAsync(string json, CancellationToken ct = default)
    {
        var result = loader.Load(json);
        var definitionId = result.Definition?.DefinitionId ?? TryReadId(json);
        if (definitionId is null) return new SaveDraftResult(null, result.Errors);

        await using var uow = store.Begin();
        var draft = await uow.FindDraftAsync(definitionId, ct);
        if (draft is null)
        {
            draft = new DefinitionRecord
            {
                Id = Guid.NewGuid(),
                DefinitionId = definitionId,
                Version = await uow.MaxVersionAsync(definitionId, ct) + 1,
                Name = result.Definition?.Name ?? definitionId,
                Status = DefinitionStatus.Draft,
                Json = json,
                CreatedAt = clock.GetUtcNow(),
            };
            uow.Add(draft);
        }
        draft.Json = json;
        draft.Name = result.Definition?.Name ?? draft.Name;
        await uow.CommitAsync(ct);
        return new SaveDraftResult(draft, result.Errors);
    }

    /// <summary>Publishes the draft as its version. Throws <see cref="DefinitionInvalidException"/> when it has errors.</summary>
    public async Task<DefinitionRecord> PublishAsync(string definitionId, string? actor = null, CancellationToken ct = default)
    {
        await using var uow = store.Begin();
        var draft = await uow.FindDraftAsync(definitionId, ct)
            ?? throw new InvalidOperationException($"Workflow '{definitionId}' has no draft to publish.");
        var result = loader.Load(draft.Json);
        if (!result.IsValid) throw new DefinitionInvalidException(result.Errors);
        draft.Status = DefinitionStatus.Published;
        draft.PublishedAt = clock.GetUtcNow();
        draft.PublishedBy = actor;
        await uow.CommitAsync(ct);
        // After commit: a crash in between is repaired by the start scheduler's reconciliation at start.
        if (starts is not null) await starts.DefinitionPublishedAsync(loader.LoadValid(draft.Json, draft.Version), ct);
        return draft;
    }

    /// <summary>
    /// Retires every published version: no new instance can start (nor a cron start fire); running instances
    /// carry on with their version. Returns how many versions were retired. A later publish makes it live again.
    /// </summary>
    public async Task<int> UnpublishAsync(string definitionId, string? actor = null, CancellationToken ct = default)
    {
        await using var uow = store.Begin();
        var published = (await uow.ListDefinitionsAsync(ct)).Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published).ToList();
        foreach (var version in published) version.Status = DefinitionStatus.Retired;
        if (published.Count > 0) await uow.CommitAsync(ct);
        if (starts is not null) await starts.DefinitionUnpublishedAsync(definitionId, ct);
        return published.Count;
    }

    /// <summary>Saves and publishes in one step (imports, tests). Throws when the definition has errors.</summary>
    public async Task<DefinitionRecord> SaveAndPublishAsync(string json, string? actor = null, CancellationToken ct = default)
    {
        var result = loader.Load(json);
        if (!result.IsValid) throw new DefinitionInvalidException(result.Errors);
        await SaveDraftAsync(json, ct);
        return await PublishAsync(result.Definition!.DefinitionId, actor, ct);
    }

    /// <summary>Imports a definition as published only when no version of it is stored yet.</summary>
    public async Task<DefinitionRecord?> ImportIfMissingAsync(string json, CancellationToken ct = default)
    {
        var result = loader.Load(json);
        if (!result.IsValid) throw new DefinitionInvalidException(result.Errors);
        await using (var uow = store.Begin())
            if (await uow.MaxVersionAsync(result.Definition!.DefinitionId, ct) > 0) return null;
        return await SaveAndPublishAsync(json, "import", ct);
    }

    private static string? TryReadId(string json)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(json)?["definitionId"]?.GetValue<string>() is { } id
                   && System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z][a-z0-9-]*$") ? id : null;
        }
        catch (Exception) { return null; }
    }
}
