namespace WorkflowHub.Security.Audit;

/// <summary>
/// One access to personal data or one export: who, what (entity, id, fields), when, and why (the rule that allowed it).
/// Rows are only ever inserted: the table's triggers refuse updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary><see cref="AuditActions.ReadPersonalData"/> or <see cref="AuditActions.Export"/>.</summary>
    public required string Action { get; set; }
    /// <summary>The person who read (null for a resident, whose tracking code is in <see cref="ActorName"/>).</summary>
    public string? ActorPersonId { get; set; }
    public required string ActorName { get; set; }
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    /// <summary>Comma-separated field names, e.g. "name,phone".</summary>
    public required string Fields { get; set; }
    /// <summary>The rule that allowed the access, e.g. "assignee" or "street-officer over /d1/s1/".</summary>
    public required string Reason { get; set; }
}

public static class AuditActions
{
    public const string ReadPersonalData = "READ_PERSONAL_DATA";
    public const string Export = "EXPORT";
}
