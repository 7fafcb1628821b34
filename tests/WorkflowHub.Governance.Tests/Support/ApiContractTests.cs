using System.Text.Json.Nodes;

namespace WorkflowHub.Governance.Tests.Support;

/// <summary>
/// The minimum contract front ends rely on (the design's fixed names): every query, mutation and subscription is
/// served with the arguments the design names. Renaming one breaks this test before it breaks a front end.
/// </summary>
public sealed class ApiContractTests
{
    private static readonly Dictionary<string, string[]> Queries = new()
    {
        ["workflowDefinitions"] = [], ["workflowDefinition"] = ["definitionId", "version"], ["workflowInstances"] = [],
        ["workflowInstance"] = ["id"], ["tasks"] = [], ["myTasks"] = [], ["serviceRequests"] = [], ["serviceRequest"] = ["id"],
        ["serviceRequestByTrackingCode"] = ["code"], ["whistles"] = [], ["pledges"] = [], ["pledge"] = ["id"],
        ["orgUnits"] = [], ["orgUnit"] = ["id"], ["metrics"] = ["orgUnitId", "from", "to"],
    };

    private static readonly string[] Mutations =
    [
        "saveWorkflowDraft", "publishWorkflow", "startWorkflow", "completeTask", "claimTask", "sendSignal", "cancelWorkflowInstance",
        "retryWorkflowInstance", "submitServiceRequest", "rateServiceRequest", "blowWhistle", "createPledge", "reviewPledge",
    ];

    private static readonly Dictionary<string, string[]> Subscriptions = new()
    {
        ["serviceRequestUpdated"] = ["id"], ["taskAssigned"] = ["orgUnitId"], ["workflowInstanceUpdated"] = ["id"],
    };

    [Fact]
    public async Task Should_serve_every_query_mutation_and_subscription_the_design_fixes_with_its_arguments()
    {
        await using var server = new GovernanceServer();
        var schema = (await server.DataAsync("""
            { __schema {
                queryType { fields { name args { name } } }
                mutationType { fields { name } }
                subscriptionType { fields { name args { name } } } } }
            """))["__schema"]!;

        AssertFields(schema["queryType"]!, Queries);
        AssertFields(schema["mutationType"]!, Mutations.ToDictionary(m => m, _ => Array.Empty<string>()));
        AssertFields(schema["subscriptionType"]!, Subscriptions);
    }

    private static void AssertFields(JsonNode type, Dictionary<string, string[]> expected)
    {
        var served = type["fields"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(),
            f => (f!["args"]?.AsArray() ?? []).Select(a => a!["name"]!.GetValue<string>()).ToHashSet());
        var missing = expected.Keys.Where(name => !served.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, "Not served: " + string.Join(", ", missing));
        foreach (var (name, arguments) in expected)
        {
            var absent = arguments.Where(a => !served[name].Contains(a)).ToList();
            Assert.True(absent.Count == 0, $"{name} lacks the argument(s) {string.Join(", ", absent)}");
        }
    }
}
