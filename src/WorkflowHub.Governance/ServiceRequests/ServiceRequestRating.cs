using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.ServiceRequests;

public sealed record RateServiceRequestInput(Guid? Id, string? TrackingCode, string? Phone, bool Resolved, Satisfaction Satisfaction, string? Comment);

/// <summary>The resident's side of the call-back: completes the open rating task of their request with their answer.</summary>
public sealed class ServiceRequestRating(WorkflowRuntime runtime, IDbContextFactory<WorkflowHubDbContext> contexts)
{
    public async Task<(Guid RequestId, ResumeResult Result)> RateAsync(RateServiceRequestInput input, string? actor, CancellationToken ct = default)
    {
        if (input.Id is null && string.IsNullOrWhiteSpace(input.TrackingCode))
            throw new ServiceRequestInputException([new ValidationError("trackingCode", "Give the request's tracking code or id.")]);
        if ((input.Comment ?? "").Length > 2000)
            throw new ServiceRequestInputException([new ValidationError("comment", "The comment is longer than 2000 characters.")]);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var requests = db.Set<ServiceRequest>().AsNoTracking();
        if (input.Id is { } id) requests = requests.Where(r => r.Id == id);
        // With both, both must match: a resident signed in with one code cannot rate another request by its id.
        if (!string.IsNullOrWhiteSpace(input.TrackingCode)) requests = requests.Where(r => r.TrackingCode == input.TrackingCode);
        var request = await requests
            .Select(r => new { r.Id, r.InstanceId, r.ReporterId }).FirstOrDefaultAsync(ct)
            ?? throw new ServiceRequestNotFoundException(input.TrackingCode ?? input.Id.ToString()!);
        if (input.Phone is { Length: > 0 } phone)
        {
            var reporterPhone = await db.Set<Reporter>().AsNoTracking().Where(r => r.Id == request.ReporterId).Select(r => r.Phone).FirstOrDefaultAsync(ct);
            // Answered like an unknown code, so that a guessed code does not confirm whose request it is.
            if (reporterPhone != phone.Trim()) throw new ServiceRequestNotFoundException(input.TrackingCode ?? input.Id.ToString()!);
        }
        var task = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == request.InstanceId && t.AssigneeRole == Roles.Resident && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed))
            .OrderBy(t => t.CreatedAt).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct)
            ?? throw new ServiceRequestInputException([new ValidationError("trackingCode", "This request is not waiting for a rating.")]);
        var data = new JsonObject { ["resolved"] = input.Resolved, ["comment"] = input.Comment };
        return (request.Id, await runtime.CompleteTaskAsync(task, input.Satisfaction.ToString(), data, actor ?? "resident", ct));
    }
}
