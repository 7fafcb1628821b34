using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Metrics.Rollup;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.OrgUnits;

public sealed record CreateOrgUnit(string Id, string? ParentId, OrgUnitKind Kind, string Name, double? Latitude = null, double? Longitude = null, string? Calendar = null);

/// <summary>A change to a unit's own fields; null leaves a field as it is, <see cref="ClearCalendar"/> goes back to inheriting.</summary>
public sealed record UpdateOrgUnit(string Id, string? Name = null, double? Latitude = null, double? Longitude = null, string? Calendar = null, bool ClearCalendar = false);

/// <summary>Creates, changes, moves and removes units of the grid tree, keeping every materialized path consistent.</summary>
public sealed class OrgUnitService(IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock)
{
    public async Task<OrgUnit> CreateAsync(CreateOrgUnit input, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        OrgUnitRules.CheckId(input.Id, "id", errors);
        OrgUnitRules.CheckName(input.Name, "name", errors);
        OrgUnitRules.CheckCoordinates(input.Latitude, input.Longitude, "", errors);
        OrgUnitRules.CheckCalendar(input.Calendar, "calendar", errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var parent = input.ParentId is null ? null : await db.Set<OrgUnit>().FirstOrDefaultAsync(u => u.Id == input.ParentId, ct);
        if (input.ParentId is not null && parent is null) errors.Add(new ValidationError("parentId", $"No org unit '{input.ParentId}'."));
        else if (OrgUnitNesting.Problem(input.Kind, parent?.Kind) is { } nesting) errors.Add(new ValidationError(input.ParentId is null ? "parentId" : "kind", nesting));
        if (errors.Count == 0 && await db.Set<OrgUnit>().AnyAsync(u => u.Id == input.Id, ct)) errors.Add(new ValidationError("id", $"An org unit '{input.Id}' exists already."));
        if (errors.Count > 0) throw new OrgInputException(errors);

        var now = clock.GetUtcNow();
        var unit = new OrgUnit
        {
            Id = input.Id, ParentId = input.ParentId, Kind = input.Kind, Name = input.Name.Trim(),
            Path = OrgUnit.PathOf(parent?.Path, input.Id), Depth = parent is null ? 0 : parent.Depth + 1,
            Latitude = input.Latitude, Longitude = input.Longitude, Calendar = input.Calendar, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    public async Task<OrgUnit> UpdateAsync(UpdateOrgUnit input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unit = await db.Set<OrgUnit>().FirstOrDefaultAsync(u => u.Id == input.Id, ct) ?? throw new OrgNotFoundException($"No org unit '{input.Id}'.");
        var errors = new List<ValidationError>();
        if (input.Name is not null) OrgUnitRules.CheckName(input.Name, "name", errors);
        var latitude = input.Latitude ?? unit.Latitude;
        var longitude = input.Longitude ?? unit.Longitude;
        OrgUnitRules.CheckCoordinates(latitude, longitude, "", errors);
        OrgUnitRules.CheckCalendar(input.Calendar, "calendar", errors);
        if (errors.Count > 0) throw new OrgInputException(errors);

        if (input.Name is not null) unit.Name = input.Name.Trim();
        unit.Latitude = latitude;
        unit.Longitude = longitude;
        if (input.ClearCalendar) unit.Calendar = null;
        else if (input.Calendar is not null) unit.Calendar = input.Calendar;
        unit.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return unit;
    }

    /// <summary>
    /// Puts a unit under another parent. The unit's subtree and every request, whistle and pledge filed under it
    /// carry the old path prefix; all of them are rewritten in one transaction, so no list or metric ever sees half a move.
    /// </summary>
    public async Task<OrgUnit> MoveAsync(string id, string newParentId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unit = await db.Set<OrgUnit>().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new OrgNotFoundException($"No org unit '{id}'.");
        var parent = await db.Set<OrgUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == newParentId, ct)
                     ?? throw new OrgInputException("parentId", $"No org unit '{newParentId}'.");
        if (parent.Path.StartsWith(unit.Path, StringComparison.Ordinal))
            throw new OrgInputException("parentId", $"'{newParentId}' lies inside '{id}'; a unit cannot move under itself.");
        if (OrgUnitNesting.Problem(unit.Kind, parent.Kind) is { } nesting) throw new OrgInputException("parentId", nesting);
        if (unit.ParentId == parent.Id) return unit;

        var oldPath = unit.Path;
        var newPath = OrgUnit.PathOf(parent.Path, unit.Id);
        var end = OrgUnit.SubtreeEnd(oldPath);
        var depthChange = parent.Depth + 1 - unit.Depth;
        var cut = oldPath.Length;
        var now = clock.GetUtcNow();

        await db.Set<OrgUnit>().Where(u => string.Compare(u.Path, oldPath) >= 0 && string.Compare(u.Path, end) < 0)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Path, u => newPath + u.Path.Substring(cut))
                .SetProperty(u => u.Depth, u => u.Depth + depthChange).SetProperty(u => u.UpdatedAt, now), ct);
        await db.Set<ServiceRequest>().Where(r => string.Compare(r.OrgPath, oldPath) >= 0 && string.Compare(r.OrgPath, end) < 0)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.OrgPath, r => newPath + r.OrgPath.Substring(cut)), ct);
        await db.Set<Whistle>().Where(w => string.Compare(w.OrgPath, oldPath) >= 0 && string.Compare(w.OrgPath, end) < 0)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.OrgPath, w => newPath + w.OrgPath.Substring(cut)), ct);
        await db.Set<Pledge>().Where(p => string.Compare(p.OrgPath, oldPath) >= 0 && string.Compare(p.OrgPath, end) < 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.OrgPath, p => newPath + p.OrgPath.Substring(cut)), ct);
        await MetricsRollupMove.MoveAsync(db, oldPath, newPath, ct);
        await db.Set<OrgUnit>().Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.ParentId, parent.Id), ct);
        await transaction.CommitAsync(ct);
        return await db.Set<OrgUnit>().AsNoTracking().SingleAsync(u => u.Id == id, ct);
    }

    /// <summary>Removes a unit that nothing refers to: no child units, people, roles, requests, whistles or pledges.</summary>
    public async Task DeleteAsync(string id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unit = await db.Set<OrgUnit>().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new OrgNotFoundException($"No org unit '{id}'.");
        var blockers = new List<ValidationError>();
        void Check(bool any, string what) { if (any) blockers.Add(new ValidationError("id", $"'{id}' still has {what}.")); }
        Check(await db.Set<OrgUnit>().AnyAsync(u => u.ParentId == id, ct), "child units");
        Check(await db.Set<Person>().AnyAsync(p => p.OrgUnitId == id || p.BranchId == id, ct), "people");
        Check(await db.Set<RoleAssignment>().AnyAsync(r => r.OrgUnitId == id, ct), "role assignments");
        Check(await db.Set<ServiceRequest>().AnyAsync(r => r.OrgUnitId == id || r.HandlingUnitId == id || r.OrgPath == unit.Path, ct), "service requests");
        Check(await db.Set<Whistle>().AnyAsync(w => w.OrgUnitId == id || w.OrgPath == unit.Path, ct), "whistles");
        Check(await db.Set<Pledge>().AnyAsync(p => p.BranchId == id || p.OrgPath == unit.Path, ct), "pledges");
        if (blockers.Count > 0) throw new OrgInputException(blockers);
        db.Remove(unit);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
