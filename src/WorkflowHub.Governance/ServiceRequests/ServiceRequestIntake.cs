using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.ServiceRequests;

/// <summary>
/// Takes in a resident's request: checks it, places it in the grid tree, and writes the request, its reporter and
/// its first timeline step in the same commit that starts the published <c>service-request</c> workflow.
/// </summary>
public sealed partial class ServiceRequestIntake(
    WorkflowRuntime runtime, ServiceCategoryCatalog categories, OrgDirectory directory,
    IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock)
{
    public const string DefinitionId = "service-request";
    public const int MaxText = 4000;
    private const int CodeAttempts = 5;

    public sealed record Submitted(Guid Id, string TrackingCode, bool AlreadySubmitted);

    public async Task<Submitted> SubmitAsync(SubmitServiceRequestInput input, string? actor, CancellationToken ct = default)
    {
        var startKey = input.RequestId is { Length: > 0 } key ? "service-request:" + key : null;
        if (startKey is not null && await FindByStartKeyAsync(startKey, ct) is { } earlier) return earlier;

        var unit = await PlaceAsync(input, ct);
        for (var attempt = 1; ; attempt++)
        {
            var (request, reporter, step) = NewRows(input, unit);
            try
            {
                var started = await runtime.StartAsync(new StartWorkflowRequest(DefinitionId, WorkflowInput(request), BusinessKey: request.TrackingCode,
                    RequestId: startKey, Actor: actor, InstanceId: request.InstanceId, Entities: [reporter, request, step]), ct);
                if (started.AlreadyStarted && startKey is not null && await FindByStartKeyAsync(startKey, ct) is { } concurrent) return concurrent;
                return new Submitted(request.Id, request.TrackingCode, AlreadySubmitted: false);
            }
            catch (DuplicateKeyException) when (attempt < CodeAttempts)
            {
                // Most likely the random tracking code was taken; a same-key submit racing us is found above on the next round.
                if (startKey is not null && await FindByStartKeyAsync(startKey, ct) is { } raced) return raced;
            }
        }
    }

    private async Task<Submitted?> FindByStartKeyAsync(string startKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instanceId = await db.Instances.AsNoTracking().Where(i => i.StartRequestId == startKey).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        if (instanceId is null) return null;
        var found = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.InstanceId == instanceId)
            .Select(r => new { r.Id, r.TrackingCode }).FirstOrDefaultAsync(ct);
        return found is null ? null : new Submitted(found.Id, found.TrackingCode, AlreadySubmitted: true);
    }

    /// <summary>Checks every field (all problems at once) and finds the org unit the request belongs to.</summary>
    private async Task<OrgUnit> PlaceAsync(SubmitServiceRequestInput input, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        void Check(bool ok, string path, string message) { if (!ok) errors.Add(new ValidationError(path, message)); }

        Check(!string.IsNullOrWhiteSpace(input.Title), "input.title", "A title is required.");
        Check((input.Title ?? "").Length <= 200, "input.title", "The title is longer than 200 characters.");
        Check((input.Description ?? "").Length <= MaxText, "input.description", $"The description is longer than {MaxText} characters.");
        Check((input.Location ?? "").Length <= 500, "input.location", "The location is longer than 500 characters.");
        Check(categories.Find(input.Category) is not null, "input.category",
            $"Unknown category '{input.Category}'. Known: {string.Join(", ", categories.All.Select(c => c.Code))}.");
        Check(!string.IsNullOrWhiteSpace(input.Reporter?.Name) && input.Reporter.Name.Length <= 200, "input.reporter.name", "The reporter's name is required (at most 200 characters).");
        Check(input.Reporter?.Phone is { } phone && PhonePattern().IsMatch(phone), "input.reporter.phone",
            "The phone number should be a mobile number (11 digits starting with 1) or a landline such as 010-12345678.");
        Check((input.Reporter?.Address ?? "").Length <= 500, "input.reporter.address", "The address is longer than 500 characters.");
        Check(input.RequestId is null || input.RequestId.Length <= 100, "input.requestId", "The request id is longer than 100 characters.");

        var hasPoint = input.Latitude is not null || input.Longitude is not null;
        if (hasPoint)
        {
            Check(input.Latitude is >= -90 and <= 90, "input.latitude", "The latitude must be between -90 and 90.");
            Check(input.Longitude is >= -180 and <= 180, "input.longitude", "The longitude must be between -180 and 180.");
        }
        OrgUnit? unit = null;
        if (!string.IsNullOrWhiteSpace(input.OrgUnitId))
        {
            unit = await directory.FindAsync(input.OrgUnitId, ct);
            Check(unit is not null, "input.orgUnitId", $"No org unit '{input.OrgUnitId}'.");
        }
        else if (!hasPoint)
        {
            errors.Add(new ValidationError("input.orgUnitId", "Give the org unit or the location (latitude and longitude) of the request."));
        }
        else if (errors.All(e => !e.Path.StartsWith("input.l", StringComparison.Ordinal)))
        {
            unit = await directory.NearestGridAsync(input.Latitude!.Value, input.Longitude!.Value, ct: ct);
            Check(unit is not null, "input.latitude", "No grid with a known centre to route this location to.");
        }
        if (errors.Count > 0) throw new ServiceRequestInputException(errors);
        return unit!;
    }

    private (ServiceRequest, Reporter, ServiceRequestStep) NewRows(SubmitServiceRequestInput input, OrgUnit unit)
    {
        var now = clock.GetUtcNow();
        var reporter = new Reporter
        {
            Id = Guid.CreateVersion7(now),
            Name = input.Reporter.Name.Trim(),
            Phone = input.Reporter.Phone.Trim(),
            Address = input.Reporter.Address,
            DoNotDisclose = input.Reporter.DoNotDisclose ?? false,
        };
        var request = new ServiceRequest
        {
            Id = Guid.CreateVersion7(now),
            TrackingCode = TrackingCode.New(now, TimeZoneInfo.FindSystemTimeZoneById(WorkflowDefinition.DefaultTimeZone)),
            Title = input.Title.Trim(),
            Description = input.Description ?? "",
            Category = categories.Find(input.Category)!.Code,
            Channel = input.Channel,
            OrgUnitId = unit.Id,
            OrgPath = unit.Path,
            Latitude = input.Latitude,
            Longitude = input.Longitude,
            Location = input.Location,
            Status = ServiceRequestStatus.Received,
            SubmittedAt = now,
            InstanceId = Guid.CreateVersion7(now),
            ReporterId = reporter.Id,
            UpdatedAt = now,
        };
        var step = new ServiceRequestStep
        {
            Id = Guid.CreateVersion7(now), RequestId = request.Id, At = now, Step = "received", Public = true,
            Note = $"已受理 Received ({input.Channel}) · {request.TrackingCode}",
        };
        return (request, reporter, step);
    }

    private static JsonObject WorkflowInput(ServiceRequest request) => new()
    {
        ["title"] = request.Title,
        ["description"] = request.Description,
        ["category"] = request.Category,
        ["channel"] = request.Channel.ToString(),
        ["orgUnitId"] = request.OrgUnitId,
        ["serviceRequestId"] = request.Id.ToString(),
    };

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();
}
