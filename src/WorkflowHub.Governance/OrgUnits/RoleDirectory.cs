using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.OrgUnits;

/// <summary>
/// Who holds what where, for features and workflows: the holders of a role at a unit, a unit's ancestors and
/// the unit one level up. It also resolves Notify's "role:&lt;role&gt;@&lt;unitId&gt;" and "orgUnit:parent:&lt;unitId&gt;" recipients.
/// </summary>
public sealed class RoleDirectory(IDbContextFactory<WorkflowHubDbContext> contexts) : IRecipientResolver
{
    public const string RolePrefix = "role:";
    public const string ParentPrefix = "orgUnit:parent:";

    public async Task<OrgUnit?> FindAsync(string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<OrgUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
    }

    /// <summary>The people holding <paramref name="role"/> at exactly this unit, by name.</summary>
    public async Task<IReadOnlyList<Person>> HoldersAsync(string role, string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<Person>().AsNoTracking()
            .Where(p => db.Set<RoleAssignment>().Any(r => r.PersonId == p.Id && r.Role == role && r.OrgUnitId == unitId))
            .OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);
    }

    /// <summary>The unit's ancestors from the root down, without the unit itself; empty for a root or an unknown unit.</summary>
    public async Task<IReadOnlyList<OrgUnit>> AncestorsAsync(string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var path = await db.Set<OrgUnit>().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null) return [];
        var ids = OrgUnitRules.IdsOnPath(path).SkipLast(1).ToList();
        return await db.Set<OrgUnit>().AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Depth).ToListAsync(ct);
    }

    /// <summary>The unit one level up (a grid's community, a community's street), or null at the top.</summary>
    public async Task<OrgUnit?> ParentAsync(string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<OrgUnit>().AsNoTracking()
            .Where(u => db.Set<OrgUnit>().Any(c => c.Id == unitId && c.ParentId == u.Id)).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// "role:grid-head@grid-7": whoever holds that role at that unit. "orgUnit:parent:grid-7": whoever holds any role
    /// at the unit one level up. Other forms are not the directory's, so the answer is null.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ResolveAsync(string recipient, CancellationToken ct)
    {
        if (recipient.StartsWith(ParentPrefix, StringComparison.Ordinal))
        {
            var parent = await ParentAsync(recipient[ParentPrefix.Length..], ct);
            if (parent is null) return [];
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Set<RoleAssignment>().Where(r => r.OrgUnitId == parent.Id).Select(r => r.PersonId).Distinct().OrderBy(p => p).ToListAsync(ct);
        }
        if (recipient.StartsWith(RolePrefix, StringComparison.Ordinal) && recipient.IndexOf('@') is var at and > 0)
        {
            var role = recipient[RolePrefix.Length..at];
            return (await HoldersAsync(role, recipient[(at + 1)..], ct)).Select(p => p.Id).ToList();
        }
        return null;
    }
}
