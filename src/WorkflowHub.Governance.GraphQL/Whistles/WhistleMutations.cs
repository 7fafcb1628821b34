using WorkflowHub.Engine.GraphQL;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.Whistles;

[GraphQLName("BlowWhistleInput")]
public sealed record BlowWhistleInput(
    string Title,
    string? Description,
    WhistleGrade Grade,
    [property: GraphQLDescription("The unit blowing the whistle; the whistle starts at its level.")] string OrgUnitId,
    [property: GraphQLDescription("The service request the whistle is about, if any.")] Guid? ServiceRequestId);

[MutationType]
public sealed class WhistleMutations
{
    public const string DefinitionId = "escalation";

    [GraphQLDescription("Blows a whistle by hand: starts the escalation workflow, which records the whistle and waits for a department to report in.")]
    public Task<WhistleNode?> BlowWhistleAsync(BlowWhistleInput input, ClaimsPrincipal? user,
        [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            var context = db.Open();
            var problems = new InputProblems();
            problems.Text("input.title", input.Title, 200);
            problems.Text("input.description", input.Description, 4000, required: false);
            var unit = await context.Set<OrgUnit>().FirstOrDefaultAsync(u => u.Id == input.OrgUnitId, ct);
            if (unit is null) problems.Add("input.orgUnitId", $"No org unit '{input.OrgUnitId}'.");
            if (input.ServiceRequestId is { } requestId && !await context.Set<ServiceRequest>().AnyAsync(r => r.Id == requestId, ct))
                problems.Add("input.serviceRequestId", $"No service request {requestId}.");
            problems.ThrowIfAny("The whistle cannot be blown like this");

            var instanceId = Guid.CreateVersion7();
            var start = new JsonObject
            {
                ["title"] = input.Title.Trim(),
                ["grade"] = input.Grade.ToString().ToUpperInvariant(),
                ["level"] = WhistleLevels.Name(WhistleLevels.Of(unit!.Kind)),
                ["orgUnitId"] = unit.Id,
                ["automatic"] = false,
            };
            if (!string.IsNullOrWhiteSpace(input.Description)) start["description"] = input.Description;
            if (input.ServiceRequestId is { } about) start["serviceRequestId"] = about.ToString();
            await runtime.StartAsync(new StartWorkflowRequest(DefinitionId, start, Actor: user.PersonId(), InstanceId: instanceId), ct);
            return await context.Set<Whistle>().Where(w => w.InstanceId == instanceId).Select(WhistleNode.Projection).FirstOrDefaultAsync(ct);
        });
}
