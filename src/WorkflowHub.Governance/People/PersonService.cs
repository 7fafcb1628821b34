using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.People;

public sealed record CreatePerson(string? Id, string Name, string? Phone, string? OrgUnitId, bool PartyMember = false, string? BranchId = null);

/// <summary>Adds people and hands out or takes back their roles at org units.</summary>
public sealed class PersonService(IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock)
{
    public async Task<Person> CreateAsync(CreatePerson input, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        var id = string.IsNullOrEmpty(input.Id) ? "p-" + Guid.NewGuid().ToString("N")[..12] : input.Id;
        OrgUnitRules.CheckId(id, "id", errors);
        PersonRules.Check(input.Name, input.Phone, input.PartyMember, input.BranchId, "", errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (input.OrgUnitId is not null && !await db.Set<OrgUnit>().AnyAsync(u => u.Id == input.OrgUnitId, ct))
            errors.Add(new ValidationError("orgUnitId", $"No org unit '{input.OrgUnitId}'."));
        if (input.BranchId is not null && !await db.Set<OrgUnit>().AnyAsync(u => u.Id == input.BranchId, ct))
            errors.Add(new ValidationError("branchId", $"No org unit '{input.BranchId}'."));
        if (errors.Count == 0 && await db.Set<Person>().AnyAsync(p => p.Id == id, ct)) errors.Add(new ValidationError("id", $"A person '{id}' exists already."));
        if (errors.Count > 0) throw new OrgInputException(errors);

        var person = new Person
        {
            Id = id, Name = input.Name.Trim(), Phone = input.Phone, OrgUnitId = input.OrgUnitId,
            PartyMember = input.PartyMember, BranchId = input.BranchId, CreatedAt = clock.GetUtcNow(),
        };
        db.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }

    /// <summary>Gives a person a role at a unit. Assigning a role they already hold there changes nothing.</summary>
    public async Task<RoleAssignment> AssignRoleAsync(string personId, string role, string orgUnitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await CheckAsync(db, personId, role, orgUnitId, ct);
        var existing = await db.Set<RoleAssignment>().FirstOrDefaultAsync(r => r.PersonId == personId && r.Role == role && r.OrgUnitId == orgUnitId, ct);
        if (existing is not null) return existing;
        var assignment = new RoleAssignment { Id = Guid.NewGuid(), PersonId = personId, Role = role, OrgUnitId = orgUnitId };
        db.Add(assignment);
        await db.SaveChangesAsync(ct);
        return assignment;
    }

    /// <summary>Takes a role back; answers whether the person held it.</summary>
    public async Task<bool> RemoveRoleAsync(string personId, string role, string orgUnitId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, ct)) throw new OrgNotFoundException($"No person '{personId}'.");
        return await db.Set<RoleAssignment>().Where(r => r.PersonId == personId && r.Role == role && r.OrgUnitId == orgUnitId).ExecuteDeleteAsync(ct) > 0;
    }

    private static async Task CheckAsync(WorkflowHubDbContext db, string personId, string role, string orgUnitId, CancellationToken ct)
    {
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, ct)) throw new OrgNotFoundException($"No person '{personId}'.");
        var errors = new List<ValidationError>();
        PersonRules.CheckRole(role, "role", errors);
        if (!await db.Set<OrgUnit>().AnyAsync(u => u.Id == orgUnitId, ct)) errors.Add(new ValidationError("orgUnitId", $"No org unit '{orgUnitId}'."));
        if (errors.Count > 0) throw new OrgInputException(errors);
    }
}
