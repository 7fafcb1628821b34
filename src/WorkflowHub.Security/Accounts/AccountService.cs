using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Authentication;
using WorkflowHub.Security.Tokens;
using WorkflowHub.Security.Totp;

namespace WorkflowHub.Security.Accounts;

public sealed record TotpSetup(string Secret, string Uri);

/// <summary>
/// Staff accounts: creation with a hashed password, sign-in with lockout after repeated failures and an optional
/// TOTP second factor, logout (which ends every token of the account), and TOTP enrolment.
/// </summary>
public sealed class AccountService(
    IDbContextFactory<WorkflowHubDbContext> contexts,
    IPasswordHasher<Account> hasher,
    TokenService tokens,
    IOptions<SecurityOptions> options,
    TimeProvider clock)
{
    // Verified against when the user name is unknown, so that a miss costs what a wrong password costs.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Account>().HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))));

    private SecurityOptions Options => options.Value;

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public async Task<Account> CreateAsync(string userName, string password, string personId, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Trim().Length > 100) throw new AuthFailure(AuthFailure.InvalidInput, "A user name of 1 to 100 characters is required.");
        CheckPassword(password);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var normalized = Normalize(userName);
        if (await db.Set<Account>().AnyAsync(a => a.NormalizedUserName == normalized, ct)) throw new AuthFailure(AuthFailure.InvalidInput, $"The user name '{userName.Trim()}' is taken.");
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, ct)) throw new AuthFailure(AuthFailure.NotFound, $"No person '{personId}'.");
        var account = new Account
        {
            Id = Guid.NewGuid(), UserName = userName.Trim(), NormalizedUserName = normalized, PersonId = personId,
            PasswordHash = "", SecurityStamp = NewStamp(), CreatedAt = clock.GetUtcNow(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public void CheckPassword(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < Options.MinPasswordLength)
            throw new AuthFailure(AuthFailure.InvalidInput, $"A password needs at least {Options.MinPasswordLength} characters.");
    }

    /// <summary>Checks the password (and the TOTP code once enabled) and issues a token; failures count towards lockout.</summary>
    public async Task<(Account Account, IssuedToken Token)> LoginAsync(string userName, string password, string? totp, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var normalized = Normalize(userName ?? "");
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.NormalizedUserName == normalized, ct);
        var now = clock.GetUtcNow();
        if (account is null || account.Disabled)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password ?? "");
            throw Invalid();
        }

        if (account.LockedUntil is { } until && until > now)
            throw new AuthFailure(AuthFailure.LockedOut, $"Too many failed sign-ins: the account is locked until {until:u}.");

        var verified = hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "");
        if (verified == PasswordVerificationResult.Failed)
        {
            await FailAsync(db, account, now, ct);
            throw Invalid();
        }

        if (account.TotpSecret is { } secret)
        {
            if (string.IsNullOrWhiteSpace(totp)) throw new AuthFailure(AuthFailure.TotpRequired, "This account needs the code from its authenticator app (totp).");
            if (TotpCode.Match(secret, totp, now, account.LastTotpStep) is not { } step)
            {
                await FailAsync(db, account, now, ct);
                throw new AuthFailure(AuthFailure.InvalidTotp, "The authenticator code is wrong or was used already.");
            }

            account.LastTotpStep = step;
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded) account.PasswordHash = hasher.HashPassword(account, password!);
        account.FailedLogins = 0;
        account.LockedUntil = null;
        await db.SaveChangesAsync(ct);
        return (account, tokens.Issue(StaffClaims(account), Options.TokenLifetime));
    }

    /// <summary>Ends every session and token of the account by changing its security stamp.</summary>
    public async Task LogoutEverywhereAsync(Guid accountId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stamp = NewStamp();
        await db.Set<Account>().Where(a => a.Id == accountId).ExecuteUpdateAsync(s => s.SetProperty(a => a.SecurityStamp, stamp), ct);
    }

    /// <summary>Hands out a new secret to enter in an authenticator app; it takes effect once a code from it is confirmed.</summary>
    public async Task<TotpSetup> EnableTotpAsync(Guid accountId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.Id == accountId, ct) ?? throw new AuthFailure(AuthFailure.NotFound, "No such account.");
        var secret = TotpCode.NewSecret();
        account.PendingTotpSecret = secret;
        await db.SaveChangesAsync(ct);
        return new TotpSetup(Base32.Encode(secret), TotpCode.Uri(Options.Issuer, account.UserName, secret));
    }

    public async Task ConfirmTotpAsync(Guid accountId, string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.Id == accountId, ct) ?? throw new AuthFailure(AuthFailure.NotFound, "No such account.");
        if (account.PendingTotpSecret is not { } pending) throw new AuthFailure(AuthFailure.InvalidInput, "Call enableTotp first.");
        if (TotpCode.Match(pending, code, clock.GetUtcNow(), 0) is not { } step) throw new AuthFailure(AuthFailure.InvalidTotp, "The authenticator code is wrong.");
        account.TotpSecret = pending;
        account.PendingTotpSecret = null;
        account.LastTotpStep = step;
        await db.SaveChangesAsync(ct);
    }

    public static IEnumerable<Claim> StaffClaims(Account account) =>
    [
        new(ClaimTypes.NameIdentifier, account.PersonId),
        new(ClaimTypes.Name, account.UserName),
        new(ActorClaims.Kind, ActorClaims.StaffKind),
        new(ActorClaims.Account, account.Id.ToString()),
        new(ActorClaims.Stamp, account.SecurityStamp),
    ];

    private async Task FailAsync(WorkflowHubDbContext db, Account account, DateTimeOffset now, CancellationToken ct)
    {
        account.FailedLogins++;
        if (account.FailedLogins >= Options.MaxFailedLogins)
        {
            account.LockedUntil = now + Options.LockoutDuration;
            account.FailedLogins = 0;
        }

        await db.SaveChangesAsync(ct);
    }

    private static AuthFailure Invalid() => new(AuthFailure.InvalidCredentials, "The user name or password is wrong.");

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
