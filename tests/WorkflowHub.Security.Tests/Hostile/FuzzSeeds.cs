namespace WorkflowHub.Security.Tests.Hostile;

/// <summary>Valid operations of the real schema (a test checks each one validates) that the fuzzer mutates.</summary>
public static class FuzzSeeds
{
    public static readonly (string Query, string? Variables)[] Operations =
    [
        ("{ me { kind userName personId roles { role orgUnitId orgPath } } }", null),
        ("query Defs { workflowDefinitions { definitionId version name status } }", null),
        ("query Def($id: String!, $v: Int) { workflowDefinition(definitionId: $id, version: $v) { definitionId version definition } }", """{"id":"service-request","v":1}"""),
        ("{ workflowInstances(first: 5, where: { status: { eq: RUNNING } }, order: [{ createdAt: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id businessKey definition { name } openTasks { title dueAt } } } }", null),
        ("query($after: String) { workflowInstances(first: 3, after: $after) { edges { cursor node { id status } } } }", """{"after":"abc"}"""),
        ("{ orgUnits(first: 10, order: [{ name: ASC }]) { nodes { id name kind parent { id } children { id } } } }", null),
        ("query($id: ID!) { orgUnit(id: $id) { id name ancestors { id } people { id name } } }", """{"id":"grid-1"}"""),
        ("{ people(first: 5) { nodes { id name roles { role orgUnit { id } } } } }", null),
        ("{ serviceCategories { code name } }", null),
        ("{ serviceRequests(first: 5, where: { overdue: { eq: true } }) { nodes { id title status } } }", null),
        ("query($code: String!) { serviceRequestByTrackingCode(code: $code) { id status timeline { __typename } } }", """{"code":"SR-123"}"""),
        ("{ whistles(first: 3) { nodes { id grade level } } pledges(first: 3) { nodes { id title } } }", null),
        ("query($id: ID!, $from: DateTime!, $to: DateTime!) { metrics(orgUnitId: $id, from: $from, to: $to) { received respondedOnTime { numerator denominator value } } }", """{"id":"d1","from":"2026-01-01T00:00:00Z","to":"2026-02-01T00:00:00Z"}"""),
        ("{ timers(first: 5, where: { status: { eq: PENDING } }) { nodes { id dueAt status } } }", null),
        ("{ myTasks(first: 5) { nodes { id title } } }", null),
        ("{ __schema { queryType { name } types { name kind fields { name } } } }", null),
        ("{ __type(name: \"WorkflowInstance\") { name fields { name type { name kind ofType { name } } } } }", null),
        ("fragment I on WorkflowInstance { id status } query { workflowInstances(first: 2) { nodes { ...I ... on WorkflowInstance { businessKey } } } }", null),
        ("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { definitionId version status } }",
            """{"d":{"definitionId":"fuzzed","name":"fuzzed","activities":[{"id":"start","type":"Start"},{"id":"end","type":"End"}],"connections":[{"from":"start","to":"end"}]}}"""),
        ("mutation($n: String!) { createApiKey(name: $n) { id prefix key } }", """{"n":"fuzz"}"""),
        ("mutation($id: UUID!) { revokeApiKey(id: $id) }", """{"id":"00000000-0000-0000-0000-000000000000"}"""),
        ("mutation($t: UUID!) { claimTask(taskId: $t, claimant: \"me\") { id } }", """{"t":"00000000-0000-0000-0000-000000000000"}"""),
        ("mutation($t: UUID!, $d: JSON) { completeTask(taskId: $t, outcome: \"Done\", data: $d) { outcome message } }", """{"t":"00000000-0000-0000-0000-000000000000","d":{"a":1}}"""),
        ("mutation { sendSignal(name: \"fuzz-signal\", correlationKey: \"nobody\") }", null),
        ("mutation($id: UUID!) { cancelWorkflowInstance(id: $id, reason: \"fuzz\") { id } }", """{"id":"00000000-0000-0000-0000-000000000000"}"""),
        ("mutation($in: BlowWhistleInput!) { blowWhistle(input: $in) { id } }", """{"in":{"title":"t","grade":"BLUE","orgUnitId":"no-such-unit"}}"""),
        ("{ __typename me { __typename } }", null),
    ];
}
