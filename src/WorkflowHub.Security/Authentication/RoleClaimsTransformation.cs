using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;

namespace WorkflowHub.Security.Authentication;

/// <summary>
/// Once per request, after sign-in, in one SQL statement: a staff token whose account is gone, disabled or signed out (stamp changed) becomes
/// anonymous; everyone else gets their current role assignments as claims (<c>ClaimTypes.Role</c> and one
/// <see cref="ActorClaims.Scope"/> per assignment), so a role taken away counts at once, without waiting for tokens to expire.
/// </summary>
public sealed class RoleClaimsTransformation(IDbContextFactory<WorkflowHubDbContext> contexts) : IClaimsTransformation
{
    /// <summary>The org unit id of roles held everywhere (the first admin's workflow-admin); its path is the root, "/".</summary>
    public const string Everywhere = "*";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || principal.HasClaim(c => c.Type == ActorClaims.Loaded))
            return principal;

        var kind = principal.FindFirst(ActorClaims.Kind)?.Value;
        var loaded = identity.Clone();
        loaded.AddClaim(new Claim(ActorClaims.Loaded, "1"));
        if (kind == ActorClaims.ResidentKind)
        {
            loaded.AddClaim(new Claim(loaded.RoleClaimType, ActorClaims.ResidentRole));
            return new ClaimsPrincipal(loaded);
        }

        await using var db = await contexts.CreateDbContextAsync();
        var queries = ActorQueries.For(db);
        var personId = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var assignments = new List<ActorQueries.HeldRole>();
        if (kind == ActorClaims.StaffKind)
        {
            var accountId = Guid.TryParse(principal.FindFirst(ActorClaims.Account)?.Value, out var id) ? id : Guid.Empty;
            var stamp = principal.FindFirst(ActorClaims.Stamp)?.Value;
            await foreach (var row in queries.StaffAssignments(db, accountId, stamp, personId)) assignments.Add(row);
            // No row at all: the account is gone, disabled or signed out since the token was issued.
            if (assignments.Count == 0) return new ClaimsPrincipal(new ClaimsIdentity());
            assignments.RemoveAll(a => a.Role is null);
        }
        else
        {
            await foreach (var row in queries.Assignments(db, personId)) assignments.Add(row);
        }

        // An assignment at a unit that no longer exists grants nothing.
        var held = assignments.Select(a => (Role: a.Role!, OrgUnitId: a.OrgUnitId!, Path: a.OrgUnitId == Everywhere ? "/" : a.Path)).Where(a => a.Path is not null).ToList();
        foreach (var role in held.Select(a => a.Role).Distinct())
        {
            loaded.AddClaim(new Claim(loaded.RoleClaimType, role));
        }

        foreach (var (role, unit, path) in held)
        {
            loaded.AddClaim(new Claim(ActorClaims.Scope, $"{role}|{unit}|{path}"));
        }

        return new ClaimsPrincipal(loaded);
    }
}
