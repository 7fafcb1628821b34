using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.OrgUnits;

/// <summary>
/// Read-only look-ups in the grid tree that other features and workflows ask: a unit, the unit one level up, its
/// ancestors, who holds a role at a unit, the grid for a location. Org units are reference data, so each look-up reads
/// in its own short context rather than in a workflow's unit of work.
/// </summary>
public sealed class OrgDirectory(IDbContextFactory<WorkflowHubDbContext> contexts)
{
    public async Task<OrgUnit?> FindAsync(string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<OrgUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
    }

    /// <summary>The unit one level up (a grid's community, a community's street), or null at the top or for an unknown unit.</summary>
    public async Task<OrgUnit?> ParentAsync(string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<OrgUnit>().AsNoTracking()
            .Where(u => db.Set<OrgUnit>().Any(c => c.Id == unitId && c.ParentId == u.Id)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The ancestors of the unit with this id, nearest first: its parent, then up to the root. Empty for a root or an unknown unit.</summary>
    public async Task<IReadOnlyList<OrgUnit>> AncestorsNearestFirstAsync(string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var path = await db.Set<OrgUnit>().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is null ? [] : await AncestorsOnPathAsync(db, path, ct);
    }

    /// <summary>The ancestors of a unit already read, nearest first, read by the ids in its path in one query.</summary>
    public async Task<IReadOnlyList<OrgUnit>> AncestorsNearestFirstAsync(OrgUnit unit, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await AncestorsOnPathAsync(db, unit.Path, ct);
    }

    /// <summary>The people holding <paramref name="role"/> at exactly this unit, by name.</summary>
    public async Task<IReadOnlyList<Person>> HoldersAsync(string role, string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<Person>().AsNoTracking()
            .Where(p => db.Set<RoleAssignment>().Any(r => r.PersonId == p.Id && r.Role == role && r.OrgUnitId == unitId))
            .OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);
    }

    /// <summary>The ids of everyone holding any role at this unit.</summary>
    public async Task<IReadOnlyList<string>> StaffAsync(string unitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<RoleAssignment>().Where(r => r.OrgUnitId == unitId).Select(r => r.PersonId).Distinct().OrderBy(p => p).ToListAsync(ct);
    }

    /// <summary>
    /// The grid whose centre is nearest to the point, among the grids under <paramref name="within"/> (or all grids).
    /// Grids are few per street, so the distance is compared in memory after one indexed range read.
    /// </summary>
    public async Task<OrgUnit?> NearestGridAsync(double latitude, double longitude, OrgUnit? within = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var grids = db.Set<OrgUnit>().AsNoTracking().Where(u => u.Kind == OrgUnitKind.Grid && u.Latitude != null && u.Longitude != null);
        if (within is not null)
        {
            var end = OrgUnit.SubtreeEnd(within.Path);
            grids = grids.Where(u => string.Compare(u.Path, within.Path) >= 0 && string.Compare(u.Path, end) < 0);
        }
        var candidates = await grids.ToListAsync(ct);
        return candidates.MinBy(g => DistanceSquared(latitude, longitude, g.Latitude!.Value, g.Longitude!.Value));
    }

    /// <summary>The only grid under a unit, or null when it has none or several (then someone has to choose).</summary>
    public async Task<OrgUnit?> OnlyGridUnderAsync(OrgUnit unit, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var end = OrgUnit.SubtreeEnd(unit.Path);
        var grids = await db.Set<OrgUnit>().AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.Grid && string.Compare(u.Path, unit.Path) >= 0 && string.Compare(u.Path, end) < 0)
            .Take(2).ToListAsync(ct);
        return grids.Count == 1 ? grids[0] : null;
    }

    private static async Task<IReadOnlyList<OrgUnit>> AncestorsOnPathAsync(WorkflowHubDbContext db, string path, CancellationToken ct)
    {
        var ids = OrgUnitRules.IdsOnPath(path).SkipLast(1).ToList();
        if (ids.Count == 0) return [];
        var found = await db.Set<OrgUnit>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return found.OrderByDescending(u => u.Depth).ToList();
    }

    // An equirectangular approximation: exact enough to tell neighbouring grids of one district apart.
    private static double DistanceSquared(double lat1, double lon1, double lat2, double lon2)
    {
        var x = (lon2 - lon1) * Math.Cos((lat1 + lat2) * Math.PI / 360);
        var y = lat2 - lat1;
        return x * x + y * y;
    }
}
