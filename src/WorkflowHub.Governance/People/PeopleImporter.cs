using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.OrgUnits.Import;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.People;

/// <summary>
/// Imports people (id, name, phone, orgUnitId, roles, partyMember, branchId) all or nothing. Roles are listed as
/// "grid-worker; grid-head" (held at the person's unit) or "grid-head@grid-7" (held elsewhere). The file speaks for
/// the people it lists: importing it again updates them and leaves each with exactly the roles listed.
/// </summary>
public sealed class PeopleImporter(IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock)
{
    private sealed record Entry(ImportRow Row, Person Person, IReadOnlyList<(string Role, string UnitId)> Roles);

    public async Task<ImportResult> ImportAsync(ImportFormat format, string content, CancellationToken ct = default)
    {
        var rows = ImportFile.Read(format, content);
        var errors = new List<ValidationError>();
        var entries = new Dictionary<string, Entry>();
        foreach (var row in rows)
        {
            if (Parse(row, errors) is not { } entry) continue;
            if (!entries.TryAdd(entry.Person.Id, entry)) errors.Add(new ValidationError(row.PathOf("id"), $"'{entry.Person.Id}' appears twice in the file."));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var unitIds = entries.Values.SelectMany(e => e.Roles.Select(r => r.UnitId).Append(e.Person.OrgUnitId).Append(e.Person.BranchId)).OfType<string>().Distinct().ToList();
        var knownUnits = (await db.Set<OrgUnit>().Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        foreach (var entry in entries.Values)
        {
            void Known(string? unitId, string field)
            {
                if (unitId is not null && !knownUnits.Contains(unitId)) errors.Add(new ValidationError(entry.Row.PathOf(field), $"No org unit '{unitId}'."));
            }
            Known(entry.Person.OrgUnitId, "orgUnitId");
            Known(entry.Person.BranchId, "branchId");
            foreach (var unitId in entry.Roles.Select(r => r.UnitId).Distinct().Where(u => u != entry.Person.OrgUnitId)) Known(unitId, "roles");
        }
        if (errors.Count > 0) throw new OrgInputException(errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToList());

        var ids = entries.Keys.ToList();
        var stored = await db.Set<Person>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var storedRoles = (await db.Set<RoleAssignment>().Where(r => ids.Contains(r.PersonId)).ToListAsync(ct)).ToLookup(r => r.PersonId);
        int created = 0, updated = 0;
        foreach (var entry in entries.Values)
        {
            var changed = false;
            var wanted = entry.Person;
            if (stored.TryGetValue(wanted.Id, out var person))
            {
                if (person.Name != wanted.Name || person.Phone != wanted.Phone || person.OrgUnitId != wanted.OrgUnitId ||
                    person.PartyMember != wanted.PartyMember || person.BranchId != wanted.BranchId)
                {
                    (person.Name, person.Phone, person.OrgUnitId, person.PartyMember, person.BranchId) =
                        (wanted.Name, wanted.Phone, wanted.OrgUnitId, wanted.PartyMember, wanted.BranchId);
                    changed = true;
                }
            }
            else
            {
                db.Add(wanted);
                created++;
            }
            var held = storedRoles[wanted.Id].ToList();
            foreach (var gone in held.Where(h => !entry.Roles.Contains((h.Role, h.OrgUnitId))))
            {
                db.Remove(gone);
                changed = true;
            }
            foreach (var (role, unitId) in entry.Roles.Where(r => !held.Any(h => h.Role == r.Role && h.OrgUnitId == r.UnitId)))
            {
                db.Add(new RoleAssignment { Id = Guid.NewGuid(), PersonId = wanted.Id, Role = role, OrgUnitId = unitId });
                changed = true;
            }
            if (changed && person is not null) updated++;
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(created, updated, entries.Count - created - updated);
    }

    private Entry? Parse(ImportRow row, List<ValidationError> errors)
    {
        var before = errors.Count;
        var id = row["id"];
        OrgUnitRules.CheckId(id, row.PathOf("id"), errors);
        var partyMember = ImportValues.Flag(row, "partyMember", errors);
        PersonRules.Check(row["name"], row["phone"], partyMember, row["branchId"], row.Where, errors);
        var orgUnitId = row["orgUnitId"];
        var roles = new List<(string, string)>();
        foreach (var listed in (row["roles"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = listed.IndexOf('@');
            var role = at < 0 ? listed : listed[..at];
            var unitId = at < 0 ? orgUnitId : listed[(at + 1)..];
            PersonRules.CheckRole(role, row.PathOf("roles"), errors);
            if (unitId is null) errors.Add(new ValidationError(row.PathOf("roles"), $"'{role}' needs a unit: give the person an orgUnitId or write {role}@<unitId>."));
            else if (!roles.Contains((role, unitId))) roles.Add((role, unitId));
        }
        // A row with bad fields still has its units checked, so that every problem of the row is reported at once.
        if (id is null || errors.Skip(before).Any(e => e.Path == row.PathOf("id"))) return null;
        var person = new Person
        {
            Id = id, Name = row["name"] ?? "", Phone = row["phone"], OrgUnitId = orgUnitId, PartyMember = partyMember,
            BranchId = row["branchId"], CreatedAt = clock.GetUtcNow(),
        };
        return new Entry(row, person, roles);
    }
}
