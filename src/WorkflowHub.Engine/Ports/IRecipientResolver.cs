namespace WorkflowHub.Engine.Ports;

/// <summary>
/// Turns a Notify recipient such as "role:grid-head@grid-7" into the ids of the people it names, for the channel
/// that delivers outbox rows. A resolver answers null for forms it does not know, so several can be asked in turn.
/// </summary>
public interface IRecipientResolver
{
    Task<IReadOnlyList<string>?> ResolveAsync(string recipient, CancellationToken ct);
}
