namespace WorkflowHub.Security;

/// <summary>Settings under <c>WorkflowHub:Auth</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>Base64 of at least 32 random bytes. When absent, a key is generated at first start and stored in the database.</summary>
    public string? SigningKey { get; set; }
    /// <summary>The first admin's password; when absent, a random one is printed once at first start.</summary>
    public string? AdminPassword { get; set; }
    public string AdminUserName { get; set; } = "admin";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
    public TimeSpan ResidentTokenLifetime { get; set; } = TimeSpan.FromHours(2);
    /// <summary>Failed logins in a row before the account (or a tracking code) is locked.</summary>
    public int MaxFailedLogins { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    public int MinPasswordLength { get; set; } = 12;
    public string Issuer { get; set; } = "WorkflowHub";
    public string CookieName { get; set; } = "whub_session";
    /// <summary>How often each server reloads the stored signing keys, picking up rotations and retirements made elsewhere (zero: only at start).</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
