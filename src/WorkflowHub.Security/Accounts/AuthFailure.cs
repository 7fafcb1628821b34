namespace WorkflowHub.Security.Accounts;

/// <summary>A sign-in or account operation refused; <see cref="Code"/> is what the API reports in <c>extensions.code</c>.</summary>
public sealed class AuthFailure(string code, string message) : Exception(message)
{
    public const string InvalidCredentials = "AUTH_INVALID_CREDENTIALS";
    public const string LockedOut = "AUTH_LOCKED_OUT";
    public const string TotpRequired = "AUTH_TOTP_REQUIRED";
    public const string InvalidTotp = "AUTH_INVALID_TOTP";
    public const string InvalidInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";

    public string Code { get; } = code;
}
