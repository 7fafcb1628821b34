namespace WorkflowHub.Security.ApiKeys;

/// <summary>
/// A machine client's key (Open311 apps, integrations). It acts as its <see cref="PersonId"/>, with that person's
/// roles. Only a SHA-256 hash of the secret is kept; the key itself is shown once, when created.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The key's public first part, for look-up and for telling keys apart in lists.</summary>
    public required string Prefix { get; set; }
    public required byte[] SecretHash { get; set; }
    public required string PersonId { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
