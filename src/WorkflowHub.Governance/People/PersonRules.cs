using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Governance.People;

/// <summary>Field checks shared by the mutations and the importer.</summary>
public static class PersonRules
{
    public static void Check(string? name, string? phone, bool partyMember, string? branchId, string basePath, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new ValidationError(basePath + "name", "A name is required."));
        else if (name.Length > 200) errors.Add(new ValidationError(basePath + "name", "A name has at most 200 characters."));
        if (phone is { Length: > 40 }) errors.Add(new ValidationError(basePath + "phone", "A phone number has at most 40 characters."));
        if (branchId is not null && !partyMember) errors.Add(new ValidationError(basePath + "branchId", "Only a party member belongs to a branch."));
    }

    public static void CheckRole(string? role, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrEmpty(role) || !Roles.All.Contains(role))
            errors.Add(new ValidationError(path, $"Unknown role '{role}'; the roles are {string.Join(", ", Roles.All)}."));
    }
}
