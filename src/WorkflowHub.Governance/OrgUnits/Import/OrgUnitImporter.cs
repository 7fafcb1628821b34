using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.OrgUnits.Import;

public sealed record ImportResult(int Created, int Updated, int Unchanged);

/// <summary>
/// Imports org units (id, parentId, kind, name, latitude, longitude, calendar) all or nothing: every bad row is
/// reported with its line or JSON path, parents may come after their children, unknown parents and cycles are refused.
/// Importing the same file again updates names, coordinates and calendars; moving a unit is moveOrgUnit's job.
/// </summary>
public sealed class OrgUnitImporter(IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock)
{
    private sealed record Entry(ImportRow Row, string Id, string? ParentId, OrgUnitKind Kind, string Name, double? Latitude, double? Longitude, string? Calendar);

    public async Task<ImportResult> ImportAsync(ImportFormat format, string content, CancellationToken ct = default)
    {
        var rows = ImportFile.Read(format, content);
        var errors = new List<ValidationError>();
        var entries = new Dictionary<string, Entry>();
        foreach (var row in rows)
        {
            if (Parse(row, errors) is not { } entry) continue;
            if (!entries.TryAdd(entry.Id, entry)) errors.Add(new ValidationError(row.PathOf("id"), $"'{entry.Id}' appears twice in the file (first at {entries[entry.Id].Row.Where.TrimEnd('.')})."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = entries.Keys.Concat(entries.Values.Select(e => e.ParentId).OfType<string>()).Distinct().ToList();
        var stored = await db.Set<OrgUnit>().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var paths = new Dictionary<string, (string Path, int Depth)?>();
        foreach (var entry in entries.Values) Place(entry, entries, stored, paths, [], errors);
        if (errors.Count > 0) throw new OrgInputException(errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToList());

        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var entry in entries.Values)
        {
            if (stored.TryGetValue(entry.Id, out var unit))
            {
                if (unit.Name == entry.Name && unit.Latitude == entry.Latitude && unit.Longitude == entry.Longitude && unit.Calendar == entry.Calendar) continue;
                (unit.Name, unit.Latitude, unit.Longitude, unit.Calendar, unit.UpdatedAt) = (entry.Name, entry.Latitude, entry.Longitude, entry.Calendar, now);
                updated++;
                continue;
            }
            var (path, depth) = paths[entry.Id]!.Value;
            db.Add(new OrgUnit
            {
                Id = entry.Id, ParentId = entry.ParentId, Kind = entry.Kind, Name = entry.Name, Path = path, Depth = depth,
                Latitude = entry.Latitude, Longitude = entry.Longitude, Calendar = entry.Calendar, CreatedAt = now, UpdatedAt = now,
            });
            created++;
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(created, updated, entries.Count - created - updated);
    }

    private static Entry? Parse(ImportRow row, List<ValidationError> errors)
    {
        var before = errors.Count;
        var id = row["id"];
        OrgUnitRules.CheckId(id, row.PathOf("id"), errors);
        var parentId = row["parentId"];
        if (parentId is not null) OrgUnitRules.CheckId(parentId, row.PathOf("parentId"), errors);
        var kind = ImportValues.Choice<OrgUnitKind>(row, "kind", errors);
        var name = row["name"];
        OrgUnitRules.CheckName(name, row.PathOf("name"), errors);
        var latitude = ImportValues.Number(row, "latitude", errors);
        var longitude = ImportValues.Number(row, "longitude", errors);
        OrgUnitRules.CheckCoordinates(latitude, longitude, row.Where, errors);
        var calendar = row["calendar"];
        OrgUnitRules.CheckCalendar(calendar, row.PathOf("calendar"), errors);
        if (parentId is not null && parentId == id) errors.Add(new ValidationError(row.PathOf("parentId"), "A unit cannot be its own parent."));
        return errors.Count > before ? null : new Entry(row, id!, parentId, kind!.Value, name!, latitude, longitude, calendar);
    }

    /// <summary>Works out a unit's path from its parent's, in the file or stored, reporting what does not fit; null when it cannot be placed.</summary>
    private static (string Path, int Depth)? Place(Entry entry, Dictionary<string, Entry> entries, Dictionary<string, OrgUnit> stored,
        Dictionary<string, (string Path, int Depth)?> paths, HashSet<string> walking, List<ValidationError> errors)
    {
        // Placed or refused once only, so a bad ancestor is reported on its own row and not again for each descendant.
        if (paths.TryGetValue(entry.Id, out var known)) return known;
        if (!walking.Add(entry.Id))
        {
            errors.Add(new ValidationError(entry.Row.PathOf("parentId"), $"'{entry.Id}' is its own ancestor: the parents form a cycle."));
            return paths[entry.Id] = null;
        }
        try
        {
            if (stored.TryGetValue(entry.Id, out var existing))
            {
                if (existing.ParentId != entry.ParentId)
                    errors.Add(new ValidationError(entry.Row.PathOf("parentId"), $"'{entry.Id}' exists under '{existing.ParentId ?? "(none)"}'; move it with moveOrgUnit."));
                if (existing.Kind != entry.Kind)
                    errors.Add(new ValidationError(entry.Row.PathOf("kind"), $"'{entry.Id}' exists as a {existing.Kind}; its kind cannot change."));
                return paths[entry.Id] = (existing.Path, existing.Depth);
            }

            OrgUnitKind? parentKind = null;
            (string Path, int Depth)? parent = null;
            if (entry.ParentId is { } parentId)
            {
                if (entries.TryGetValue(parentId, out var inFile))
                {
                    parent = Place(inFile, entries, stored, paths, walking, errors);
                    parentKind = inFile.Kind;
                    if (parent is null) return paths[entry.Id] = null;
                }
                else if (stored.TryGetValue(parentId, out var storedParent))
                {
                    parent = (storedParent.Path, storedParent.Depth);
                    parentKind = storedParent.Kind;
                }
                else
                {
                    errors.Add(new ValidationError(entry.Row.PathOf("parentId"), $"No org unit '{parentId}', neither in the file nor stored."));
                    return paths[entry.Id] = null;
                }
            }
            if (OrgUnitNesting.Problem(entry.Kind, parentKind) is { } nesting) errors.Add(new ValidationError(entry.Row.PathOf("kind"), nesting));
            return paths[entry.Id] = (OrgUnit.PathOf(parent?.Path, entry.Id), parent is null ? 0 : parent.Value.Depth + 1);
        }
        finally
        {
            walking.Remove(entry.Id);
        }
    }
}
