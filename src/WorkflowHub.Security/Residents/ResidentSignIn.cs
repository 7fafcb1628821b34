using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;
using WorkflowHub.Security.Authentication;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.Residents;

/// <summary>
/// A resident proves they reported a request with its tracking code and the phone number they gave, and gets a
/// short-lived token that names that request only. Wrong phones count per tracking code and lock it like passwords.
/// </summary>
public sealed class ResidentSignIn(IDbContextFactory<WorkflowHubDbContext> contexts, TokenService tokens, IOptions<SecurityOptions> options, TimeProvider clock)
{
    public async Task<IssuedToken> SignInAsync(string trackingCode, string phone, CancellationToken ct = default)
    {
        var code = (trackingCode ?? "").Trim().ToUpperInvariant();
        if (code.Length is 0 or > 32) throw Invalid();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var attempts = await db.Set<ResidentAttempts>().FirstOrDefaultAsync(a => a.TrackingCode == code, ct);
        if (attempts?.LockedUntil is { } until && until > now)
            throw new AuthFailure(AuthFailure.LockedOut, $"Too many failed attempts for this tracking code: try again after {until:u}.");

        var reporterPhone = await db.Set<ServiceRequest>().Where(r => r.TrackingCode == code)
            .Join(db.Set<Reporter>(), r => r.ReporterId, p => p.Id, (r, p) => p.Phone)
            .FirstOrDefaultAsync(ct);
        if (reporterPhone is null || Digits(reporterPhone) != Digits(phone ?? "") || Digits(reporterPhone).Length == 0)
        {
            if (reporterPhone is not null)
            {
                if (attempts is null) db.Add(attempts = new ResidentAttempts { TrackingCode = code });
                attempts.Failed++;
                if (attempts.Failed >= options.Value.MaxFailedLogins)
                {
                    attempts.LockedUntil = now + options.Value.LockoutDuration;
                    attempts.Failed = 0;
                }

                await db.SaveChangesAsync(ct);
            }

            throw Invalid();
        }

        if (attempts is not null) db.Remove(attempts);
        await db.SaveChangesAsync(ct);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, ActorClaims.ResidentIdPrefix + code),
            new(ActorClaims.Kind, ActorClaims.ResidentKind),
            new(ActorClaims.TrackingCode, code),
        ];
        return tokens.Issue(claims, options.Value.ResidentTokenLifetime);
    }

    private static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());

    private static AuthFailure Invalid() => new(AuthFailure.InvalidCredentials, "The tracking code and phone number do not match a request.");
}
