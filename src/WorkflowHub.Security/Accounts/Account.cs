namespace WorkflowHub.Security.Accounts;

/// <summary>
/// A staff member's sign-in. Who they are and what they may do is their governance <c>Person</c> and its role
/// assignments; the account only proves it is them.
/// </summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    /// <summary>Upper-cased invariant, for case-insensitive look-up through a unique index.</summary>
    public required string NormalizedUserName { get; set; }
    public required string PersonId { get; set; }
    /// <summary>A salted, iterated hash in ASP.NET Core Identity's format; never the password.</summary>
    public required string PasswordHash { get; set; }
    /// <summary>Changes on logout and password change: tokens carrying an older stamp stop working.</summary>
    public required string SecurityStamp { get; set; }
    public int FailedLogins { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>The TOTP secret once confirmed (raw bytes, base32 when shown).</summary>
    public byte[]? TotpSecret { get; set; }
    /// <summary>A secret handed out by enableTotp and not yet confirmed with a code.</summary>
    public byte[]? PendingTotpSecret { get; set; }
    /// <summary>The last time step whose code was accepted: a code is good once.</summary>
    public long LastTotpStep { get; set; }
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool TotpEnabled => TotpSecret is not null;
}
