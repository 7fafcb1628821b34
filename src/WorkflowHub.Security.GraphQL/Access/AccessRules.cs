using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.Security.GraphQL.Access;

/// <summary>
/// The one table of who may call which field of the served schema: every query, mutation and subscription, and the
/// fields of object types that carry personal data. Applied to the built schema, so a rule sits on the field whichever
/// module declared it; a root field missing here is refused to everyone (<c>AUTH_NOT_AUTHORIZED</c>) until it gets a rule.
/// The README's roles table is this table.
/// </summary>
public static class AccessRules
{
    /// <summary>Nobody holds it: the rule of a field nobody has declared one for.</summary>
    public const string Undeclared = "no-rule-declared";

    private static readonly string[] Staff =
    [
        Roles.BuildingHead, Roles.GridWorker, Roles.GridHead, Roles.Dispatcher, Roles.CommunityAdmin, Roles.StreetOfficer,
        Roles.DistrictOfficer, Roles.DepartmentContact, Roles.PartyMember, Roles.BranchSecretary, Roles.WorkflowAdmin, Roles.Auditor,
    ];

    /// <summary>Who works on or oversees cases; each sees the rows of the units they hold the role at (a department contact: the tickets dispatched to it).</summary>
    private static readonly string[] CaseStaff =
    [
        Roles.GridWorker, Roles.GridHead, Roles.Dispatcher, Roles.CommunityAdmin, Roles.StreetOfficer, Roles.DistrictOfficer,
        Roles.DepartmentContact, Roles.Auditor,
    ];

    private static readonly string[] Officers = [Roles.CommunityAdmin, Roles.StreetOfficer, Roles.DistrictOfficer];
    private static readonly string[] Operators = [Roles.WorkflowAdmin, Roles.Auditor];
    private static readonly string[] Admin = [Roles.WorkflowAdmin];
    private const string Subtree = "rows of the units the role is held at, and below";

    public static readonly IReadOnlyDictionary<string, FieldRule> Table = new Dictionary<string, FieldRule>
    {
        ["Query.workflowDefinitions"] = FieldRule.For(Staff),
        ["Query.workflowDefinition"] = FieldRule.For(Staff),
        ["Query.workflowInstances"] = FieldRule.For([.. Operators, .. Officers], "officers: instances of the requests, whistles and pledges in their subtree"),
        ["Query.workflowInstance"] = FieldRule.For([.. Operators, .. Officers], "as workflowInstances; out of scope is null"),
        ["Query.tasks"] = FieldRule.For([.. Operators, .. Officers], "officers: tasks of units in their subtree"),
        ["Query.timers"] = FieldRule.For(Operators),
        ["Query.timer"] = FieldRule.For(Operators),
        ["Query.workingCalendars"] = FieldRule.For(Staff),
        ["Query.workingCalendar"] = FieldRule.For(Staff),
        ["Query.orgUnits"] = FieldRule.For(Staff),
        ["Query.orgUnit"] = FieldRule.For(Staff),
        ["Query.people"] = FieldRule.For(Staff, "phone only for the roles of Person.phone"),
        ["Query.person"] = FieldRule.For(Staff),
        ["Query.metrics"] = FieldRule.For([Roles.GridWorker, Roles.GridHead, .. Officers, .. Operators], "only a unit at or under one the role is held at"),
        ["Query.serviceCategories"] = FieldRule.Public(),
        ["Query.serviceRequests"] = FieldRule.For(CaseStaff, Subtree),
        ["Query.serviceRequest"] = FieldRule.For([.. CaseStaff, Roles.Resident], "as serviceRequests; a resident their own; otherwise null"),
        ["Query.serviceRequestByTrackingCode"] = FieldRule.For([.. CaseStaff, Roles.Resident], "as serviceRequest"),
        ["Query.myTasks"] = FieldRule.For(Staff, "tasks for the caller's roles at their units, and those they claimed"),
        ["Query.whistles"] = FieldRule.For(CaseStaff, Subtree),
        ["Query.whistle"] = FieldRule.For(CaseStaff, "as whistles; otherwise null"),
        ["Query.pledges"] = FieldRule.For([Roles.PartyMember, Roles.BranchSecretary, .. Officers, Roles.Auditor], "a party member their own; the others their subtree"),
        ["Query.pledge"] = FieldRule.For([Roles.PartyMember, Roles.BranchSecretary, .. Officers, Roles.Auditor], "as pledges; otherwise null"),
        ["Query.me"] = FieldRule.Public("null when nobody is signed in"),
        ["Query.auditLog"] = FieldRule.For([Roles.Auditor]),
        ["Query.signingKeys"] = FieldRule.For(Admin),
        ["Query.activityTypes"] = FieldRule.For(Staff),
        ["Query.roles"] = FieldRule.For(Staff),
        ["Query.validateWorkflowDefinition"] = FieldRule.For(Admin),

        ["Mutation.saveWorkflowDraft"] = FieldRule.For(Admin),
        ["Mutation.publishWorkflow"] = FieldRule.For(Admin),
        ["Mutation.unpublishWorkflow"] = FieldRule.For(Admin),
        ["Mutation.startWorkflow"] = FieldRule.For(Admin),
        ["Mutation.completeTask"] = FieldRule.For(Staff, "a task the caller may work on (myTasks)"),
        ["Mutation.claimTask"] = FieldRule.For(Staff, "a task the caller may work on (myTasks)"),
        ["Mutation.sendSignal"] = FieldRule.For(Admin),
        ["Mutation.cancelWorkflowInstance"] = FieldRule.For(Admin),
        ["Mutation.retryWorkflowInstance"] = FieldRule.For(Admin),
        ["Mutation.migrateWorkflowInstance"] = FieldRule.For(Admin),
        ["Mutation.saveWorkingCalendar"] = FieldRule.For(Admin),
        ["Mutation.createOrgUnit"] = FieldRule.For(Admin),
        ["Mutation.updateOrgUnit"] = FieldRule.For(Admin),
        ["Mutation.moveOrgUnit"] = FieldRule.For(Admin),
        ["Mutation.deleteOrgUnit"] = FieldRule.For(Admin),
        ["Mutation.importOrgUnits"] = FieldRule.For(Admin),
        ["Mutation.importPeople"] = FieldRule.For(Admin),
        ["Mutation.createPerson"] = FieldRule.For(Admin),
        ["Mutation.assignRole"] = FieldRule.For(Admin),
        ["Mutation.removeRole"] = FieldRule.For(Admin),
        ["Mutation.submitServiceRequest"] = FieldRule.Public("residents submit without an account; the answer shows the reporter masked"),
        ["Mutation.rateServiceRequest"] = FieldRule.Public("needs the tracking code and the reporter's phone, or a resident's sign-in"),
        ["Mutation.exportServiceRequests"] = FieldRule.For([Roles.GridHead, .. Officers, Roles.Auditor], "as serviceRequests; masked per viewer; audited"),
        ["Mutation.blowWhistle"] = FieldRule.For([Roles.BuildingHead, Roles.GridWorker, Roles.GridHead, .. Officers]),
        ["Mutation.createPledge"] = FieldRule.SignedIn("a party member, for themselves"),
        ["Mutation.revisePledge"] = FieldRule.SignedIn("the pledge's member"),
        ["Mutation.addPledgeProgress"] = FieldRule.SignedIn("the pledge's member"),
        ["Mutation.scorePledge"] = FieldRule.SignedIn("residents, peers and the branch score"),
        ["Mutation.reviewPledge"] = FieldRule.For([Roles.BranchSecretary, .. Officers]),
        ["Mutation.login"] = FieldRule.Public(),
        ["Mutation.residentLogin"] = FieldRule.Public(),
        ["Mutation.createAccount"] = FieldRule.For(Admin),
        ["Mutation.logout"] = FieldRule.SignedIn(),
        ["Mutation.createApiKey"] = FieldRule.SignedIn("staff accounts, not residents; for another person only a workflow-admin"),
        ["Mutation.revokeApiKey"] = FieldRule.SignedIn("staff accounts; one's own keys, a workflow-admin any"),
        ["Mutation.enableTotp"] = FieldRule.SignedIn("staff accounts, not residents"),
        ["Mutation.confirmTotp"] = FieldRule.SignedIn("staff accounts, not residents"),
        ["Mutation.rotateSigningKey"] = FieldRule.For(Admin),
        ["Mutation.retireSigningKey"] = FieldRule.For(Admin),
        ["Mutation.rotateApiKey"] = FieldRule.SignedIn("staff accounts; one's own keys, a workflow-admin any"),

        ["Subscription.workflowInstanceUpdated"] = FieldRule.For(Operators),
        ["Subscription.serviceRequestUpdated"] = FieldRule.For([.. CaseStaff, Roles.Resident], "as serviceRequest; refused when out of scope"),
        ["Subscription.taskAssigned"] = FieldRule.For(Staff, "a unit at or under one the role is held at"),

        ["Person.phone"] = FieldRule.For([Roles.WorkflowAdmin, Roles.GridHead, .. Officers], "staff who manage people"),
        ["ServiceRequest.reporter"] = FieldRule.For([.. CaseStaff, Roles.Resident], "full, masked or withheld per viewer (README: Personal data)"),
    };

    /// <summary>Puts each rule on its field; a root field without one is refused to everyone.</summary>
    public static void Apply(Schema schema)
    {
        foreach (var type in schema.Types.OfType<ObjectType>())
        {
            var root = type == schema.QueryType || type == schema.MutationType || type == schema.SubscriptionType;
            foreach (var field in type.Fields)
            {
                if (field.Name.StartsWith("__", StringComparison.Ordinal)) continue;
                if (Table.TryGetValue(type.Name + "." + field.Name, out var rule)) field.Authorization.Add(rule.ToDirective());
                else if (root) field.Authorization.Add(new AuthorizeDirective(Roles: [Undeclared]));
            }
        }
    }
}
