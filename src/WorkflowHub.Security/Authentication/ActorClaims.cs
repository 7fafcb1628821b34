namespace WorkflowHub.Security.Authentication;

/// <summary>
/// Claim types of WorkflowHub principals. The person id is <c>ClaimTypes.NameIdentifier</c> (residents get
/// <c>resident:&lt;tracking code&gt;</c>); role names are <c>ClaimTypes.Role</c>, added per request from the role assignments.
/// </summary>
public static class ActorClaims
{
    public const string Kind = "whub:kind";
    public const string Account = "whub:account";
    public const string Stamp = "whub:stamp";
    public const string ApiKey = "whub:apikey";
    public const string TrackingCode = "whub:tracking";
    /// <summary>One per role assignment: <c>role|orgUnitId|orgPath</c>.</summary>
    public const string Scope = "whub:scope";
    /// <summary>Marks a principal whose roles were loaded for this request.</summary>
    public const string Loaded = "whub:loaded";
    /// <summary>Set to <see cref="ViaCookie"/> when the token came in the session cookie, which a browser sends on its own (CSRF checks).</summary>
    public const string Via = "whub:via";
    public const string ViaCookie = "cookie";

    public const string StaffKind = "staff";
    public const string ApiKeyKind = "api-key";
    public const string ResidentKind = "resident";

    public const string ResidentRole = "resident";
    public const string ResidentIdPrefix = "resident:";
}
