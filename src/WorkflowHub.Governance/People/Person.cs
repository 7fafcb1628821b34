namespace WorkflowHub.Governance.People;

/// <summary>Someone the grid knows: staff, party members, residents. What they may do comes from their role assignments.</summary>
public sealed class Person
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Phone { get; set; }
    /// <summary>The unit the person lives or works in.</summary>
    public string? OrgUnitId { get; set; }
    public bool PartyMember { get; set; }
    /// <summary>The org unit of a party member's branch, which reviews their pledges.</summary>
    public string? BranchId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A role held in one org unit (and, for officers, over its subtree).</summary>
public sealed class RoleAssignment
{
    public Guid Id { get; set; }
    public required string PersonId { get; set; }
    public required string Role { get; set; }
    public required string OrgUnitId { get; set; }
}

/// <summary>The role names that workflows use in HumanTask.assigneeRole and Notify's "role:" recipients.</summary>
public static class Roles
{
    public const string Resident = "resident";
    public const string BuildingHead = "building-head";
    public const string GridWorker = "grid-worker";
    public const string GridHead = "grid-head";
    public const string Dispatcher = "dispatcher";
    public const string CommunityAdmin = "community-admin";
    public const string StreetOfficer = "street-officer";
    public const string DistrictOfficer = "district-officer";
    public const string DepartmentContact = "department-contact";
    public const string PartyMember = "party-member";
    public const string BranchSecretary = "branch-secretary";
    public const string WorkflowAdmin = "workflow-admin";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All =
    [
        Resident, BuildingHead, GridWorker, GridHead, Dispatcher, CommunityAdmin, StreetOfficer, DistrictOfficer,
        DepartmentContact, PartyMember, BranchSecretary, WorkflowAdmin, Auditor,
    ];
}
