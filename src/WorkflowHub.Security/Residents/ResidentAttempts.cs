namespace WorkflowHub.Security.Residents;

/// <summary>Failed resident sign-ins per tracking code: guessing phone numbers for a code is locked out like passwords are.</summary>
public sealed class ResidentAttempts
{
    public required string TrackingCode { get; set; }
    public int Failed { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
