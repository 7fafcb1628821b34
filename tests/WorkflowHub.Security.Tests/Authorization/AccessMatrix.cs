namespace WorkflowHub.Security.Tests.Authorization;

/// <summary>
/// Who may call each root field, as the README's roles table says, written out here independently of the server's rule
/// table: the matrix test checks the server against it, and fails for any field of the served schema not listed here.
/// </summary>
internal static class AccessMatrix
{
    public const string Anonymous = "anonymous", Resident = "resident", BuildingHead = "building-head", GridWorker = "grid-worker",
        GridHead = "grid-head", CommunityAdmin = "community-admin", StreetOfficer = "street-officer", DistrictOfficer = "district-officer",
        DepartmentContact = "department-contact", WorkflowAdmin = "workflow-admin", Auditor = "auditor";

    public static readonly string[] Callers =
        [Anonymous, Resident, BuildingHead, GridWorker, GridHead, CommunityAdmin, StreetOfficer, DistrictOfficer, DepartmentContact, WorkflowAdmin, Auditor];

    private static readonly string[] Everyone = Callers;
    private static readonly string[] SignedIn = Callers[1..];
    private static readonly string[] Staff = Callers[2..];
    private static readonly string[] CaseStaff = [GridWorker, GridHead, CommunityAdmin, StreetOfficer, DistrictOfficer, DepartmentContact, Auditor];
    private static readonly string[] CaseStaffAndResident = [.. CaseStaff, Resident];
    private static readonly string[] Officers = [CommunityAdmin, StreetOfficer, DistrictOfficer];
    private static readonly string[] Admin = [WorkflowAdmin];
    private static readonly string[] Operators = [WorkflowAdmin, Auditor];

    /// <summary>"Query.serviceRequests" → the callers allowed; everyone else is refused with AUTH_NOT_AUTHENTICATED or AUTH_NOT_AUTHORIZED.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Query.workflowDefinitions"] = Staff,
        ["Query.workflowDefinition"] = Staff,
        ["Query.workflowInstances"] = [.. Operators, .. Officers],
        ["Query.workflowInstance"] = [.. Operators, .. Officers],
        ["Query.tasks"] = [.. Operators, .. Officers],
        ["Query.timers"] = Operators,
        ["Query.timer"] = Operators,
        ["Query.workingCalendars"] = Staff,
        ["Query.workingCalendar"] = Staff,
        ["Query.orgUnits"] = Staff,
        ["Query.orgUnit"] = Staff,
        ["Query.people"] = Staff,
        ["Query.person"] = Staff,
        ["Query.metrics"] = [GridWorker, GridHead, .. Officers, .. Operators],
        ["Query.serviceCategories"] = Everyone,
        ["Query.serviceRequests"] = CaseStaff,
        ["Query.serviceRequest"] = CaseStaffAndResident,
        ["Query.serviceRequestByTrackingCode"] = CaseStaffAndResident,
        ["Query.myTasks"] = Staff,
        ["Query.whistles"] = CaseStaff,
        ["Query.whistle"] = CaseStaff,
        ["Query.pledges"] = [.. Officers, Auditor],
        ["Query.pledge"] = [.. Officers, Auditor],
        ["Query.me"] = Everyone,
        ["Query.auditLog"] = [Auditor],
        ["Query.signingKeys"] = Admin,
        ["Query.activityTypes"] = Staff,
        ["Query.roles"] = Staff,
        ["Query.validateWorkflowDefinition"] = Admin,

        ["Mutation.saveWorkflowDraft"] = Admin,
        ["Mutation.publishWorkflow"] = Admin,
        ["Mutation.unpublishWorkflow"] = Admin,
        ["Mutation.startWorkflow"] = Admin,
        ["Mutation.completeTask"] = Staff,
        ["Mutation.claimTask"] = Staff,
        ["Mutation.sendSignal"] = Admin,
        ["Mutation.cancelWorkflowInstance"] = Admin,
        ["Mutation.retryWorkflowInstance"] = Admin,
        ["Mutation.migrateWorkflowInstance"] = Admin,
        ["Mutation.saveWorkingCalendar"] = Admin,
        ["Mutation.createOrgUnit"] = Admin,
        ["Mutation.updateOrgUnit"] = Admin,
        ["Mutation.moveOrgUnit"] = Admin,
        ["Mutation.deleteOrgUnit"] = Admin,
        ["Mutation.importOrgUnits"] = Admin,
        ["Mutation.importPeople"] = Admin,
        ["Mutation.createPerson"] = Admin,
        ["Mutation.assignRole"] = Admin,
        ["Mutation.removeRole"] = Admin,
        ["Mutation.submitServiceRequest"] = Everyone,
        ["Mutation.rateServiceRequest"] = Everyone,
        ["Mutation.exportServiceRequests"] = [GridHead, .. Officers, Auditor],
        ["Mutation.blowWhistle"] = [BuildingHead, GridWorker, GridHead, .. Officers],
        ["Mutation.createPledge"] = SignedIn,
        ["Mutation.revisePledge"] = SignedIn,
        ["Mutation.addPledgeProgress"] = SignedIn,
        ["Mutation.scorePledge"] = SignedIn,
        ["Mutation.reviewPledge"] = Officers,
        ["Mutation.login"] = Everyone,
        ["Mutation.residentLogin"] = Everyone,
        ["Mutation.createAccount"] = Admin,
        ["Mutation.logout"] = SignedIn,
        ["Mutation.createApiKey"] = Staff, // residents have no account to hold keys or a second factor
        ["Mutation.revokeApiKey"] = Staff, // residents have no account to hold keys or a second factor
        ["Mutation.rotateApiKey"] = Staff,
        ["Mutation.rotateSigningKey"] = Admin,
        ["Mutation.retireSigningKey"] = Admin,
        ["Mutation.enableTotp"] = Staff, // residents have no account to hold keys or a second factor
        ["Mutation.confirmTotp"] = Staff, // residents have no account to hold keys or a second factor

        ["Subscription.workflowInstanceUpdated"] = Operators,
        // A department contact reaches only requests dispatched to their department; the matrix's request is at a grid, and a
        // stream cannot answer null, so it is refused (the query serviceRequest answers null).
        ["Subscription.serviceRequestUpdated"] = [.. CaseStaffAndResident.Where(c => c != DepartmentContact)],
        ["Subscription.taskAssigned"] = Staff,
    };

    /// <summary>How each caller sees the reporter of a request they may read (roles held everywhere): FULL, MASKED, or DENIED (the request is out of their reach: a department contact sees only what is dispatched to their department).</summary>
    public static readonly IReadOnlyDictionary<string, string> Reporter = new Dictionary<string, string>
    {
        [Anonymous] = "DENIED", [Resident] = "FULL", [BuildingHead] = "DENIED", [GridWorker] = "MASKED", [GridHead] = "MASKED",
        [CommunityAdmin] = "MASKED", [StreetOfficer] = "FULL", [DistrictOfficer] = "FULL", [DepartmentContact] = "DENIED",
        [WorkflowAdmin] = "DENIED", [Auditor] = "MASKED",
    };
}
