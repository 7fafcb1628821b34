using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using WorkflowHub.Security.Authentication;

namespace WorkflowHub.Security;

/// <summary>A role held at an org unit; <see cref="OrgPath"/> is the unit's materialized path ("/" for roles held everywhere).</summary>
public sealed record ActorRole(string Role, string OrgUnitId, string OrgPath)
{
    /// <summary>Whether the role reaches a row with this org path (the unit itself or anything under it).</summary>
    public bool Covers(string orgPath) => orgPath.StartsWith(OrgPath, StringComparison.Ordinal);
}

/// <summary>
/// Who is calling, built once per request from the signed-in user's claims: resolvers ask it, and the SQL of lists
/// is scoped by its roles' org paths.
/// </summary>
public interface ICurrentActor
{
    bool IsAuthenticated { get; }
    /// <summary>The governance person (staff, API keys); null for residents and anonymous callers.</summary>
    string? PersonId { get; }
    /// <summary>staff, api-key or resident; null when anonymous.</summary>
    string? Kind { get; }
    string? UserName { get; }
    Guid? AccountId { get; }
    IReadOnlyList<ActorRole> Roles { get; }
    /// <summary>For a resident: the one request they may see.</summary>
    string? TrackingCode { get; }
    bool IsResident { get; }
    bool HasRole(string role);
    /// <summary>Holds <paramref name="role"/> at the unit with this path or above it.</summary>
    bool HasRoleOver(string role, string orgPath);
}

public sealed class CurrentActor : ICurrentActor
{
    public static readonly CurrentActor Anonymous = new(null);

    public CurrentActor(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return;
        IsAuthenticated = true;
        Kind = user.FindFirst(ActorClaims.Kind)?.Value ?? ActorClaims.StaffKind;
        UserName = user.Identity.Name;
        TrackingCode = user.FindFirst(ActorClaims.TrackingCode)?.Value;
        PersonId = IsResident ? null : user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        AccountId = Guid.TryParse(user.FindFirst(ActorClaims.Account)?.Value, out var account) ? account : null;
        Roles = user.FindAll(ActorClaims.Scope)
            .Select(c => c.Value.Split('|'))
            .Where(p => p.Length == 3)
            .Select(p => new ActorRole(p[0], p[1], p[2]))
            .ToList();
        _roleNames = user.FindAll(c => c.Type == ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
    }

    private readonly HashSet<string> _roleNames = [];

    public bool IsAuthenticated { get; }
    public string? PersonId { get; }
    public string? Kind { get; }
    public string? UserName { get; }
    public Guid? AccountId { get; }
    public IReadOnlyList<ActorRole> Roles { get; } = [];
    public string? TrackingCode { get; }
    public bool IsResident => Kind == ActorClaims.ResidentKind;

    public bool HasRole(string role) => _roleNames.Contains(role);

    public bool HasRoleOver(string role, string orgPath) => Roles.Any(r => r.Role == role && r.Covers(orgPath));

    /// <summary>The request's actor; anonymous outside an HTTP request (timers, start-up work).</summary>
    public static ICurrentActor FromRequest(IServiceProvider services) =>
        services.GetService(typeof(IHttpContextAccessor)) is IHttpContextAccessor { HttpContext: { } http } ? new CurrentActor(http.User) : Anonymous;
}
