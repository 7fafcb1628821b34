using System.Text.Json.Nodes;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;

namespace WorkflowHub.Governance.Pledges;

/// <summary>Writes a checked pledge and starts its pledge-review workflow in the same transaction.</summary>
public sealed class PledgeLauncher(WorkflowRuntime runtime, TimeProvider clock)
{
    public async Task<Pledge> StartAsync(Person member, OrgUnit branch, string title, PledgeSource source, string target, DateTimeOffset dueAt,
        string? actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var instanceId = Guid.CreateVersion7(now);
        var pledge = new Pledge
        {
            Id = Guid.CreateVersion7(now),
            MemberId = member.Id,
            BranchId = branch.Id,
            OrgPath = branch.Path,
            Title = title.Trim(),
            Source = source,
            Target = target.Trim(),
            Year = dueAt.Year,
            DueAt = dueAt,
            Status = PledgeStatus.Submitted,
            CreatedAt = now,
            InstanceId = instanceId,
            UpdatedAt = now,
        };
        await runtime.StartAsync(new StartWorkflowRequest(PledgeRules.DefinitionId, new JsonObject
        {
            ["pledgeId"] = pledge.Id.ToString(),
            ["memberId"] = pledge.MemberId,
            ["branchId"] = pledge.BranchId,
            ["title"] = pledge.Title,
            ["dueAt"] = PledgeDates.Iso(pledge.DueAt),
        }, BusinessKey: pledge.Id.ToString(), Actor: actor, InstanceId: instanceId, Entities: [pledge]), ct);
        return pledge;
    }
}
