using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Engine.Ports;

/// <summary>
/// Starts workflows on a schedule (a definition's <c>startCron</c>). Told after commit when a version is
/// published or a definition unpublished; a scheduler reconciles from the stored definitions at start, so a
/// crash between the two commits loses nothing.
/// </summary>
public interface IStartScheduler
{
    /// <summary>The published version of a definition changed: schedule its cron, or remove the old one if it has none.</summary>
    Task DefinitionPublishedAsync(WorkflowDefinition published, CancellationToken ct = default);

    /// <summary>No version of the definition is published any more: remove its schedule.</summary>
    Task DefinitionUnpublishedAsync(string definitionId, CancellationToken ct = default);
}
