using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Routing;

/// <summary>
/// Read-only look-ups in the grid tree for routing: a unit, its ancestors, the grid nearest a point. Org units are
/// reference data, so these read in their own short context rather than in a workflow's unit of work.
/// </summary>
public sealed class OrgDirectory(IDbContextFactory<WorkflowHubDbContext> contexts)
{
    public async Task<OrgUnit?> FindAsync(string id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<OrgUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
    }

    /// <summary>The unit's ancestors from its parent up to the root (read by their ids in its path, one query).</summary>
    public async Task<IReadOnlyList<OrgUnit>> AncestorsAsync(OrgUnit unit, CancellationToken ct = default)
    {
        var ids = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(id => id != unit.Id).ToList();
        if (ids.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Set<OrgUnit>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return found.OrderByDescending(u => u.Depth).ToList();
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

    // An equirectangular approximation: exact enough to tell neighbouring grids of one district apart.
    private static double DistanceSquared(double lat1, double lon1, double lat2, double lon2)
    {
        var x = (lon2 - lon1) * Math.Cos((lat1 + lat2) * Math.PI / 360);
        var y = lat2 - lat1;
        return x * x + y * y;
    }
}
