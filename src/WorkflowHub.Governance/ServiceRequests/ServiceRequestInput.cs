using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Governance.ServiceRequests;

/// <summary>The reporter; <c>DoNotDisclose</c> (default false) keeps their identity from the handling department.</summary>
public sealed record ReporterInput(string Name, string Phone, string? Address = null, bool? DoNotDisclose = null);

/// <summary>A request as a front end submits it. Either an org unit or a location (latitude and longitude) places it.</summary>
public sealed record SubmitServiceRequestInput(
    string Title,
    string? Description,
    string Category,
    RequestChannel Channel,
    ReporterInput Reporter,
    string? OrgUnitId = null,
    double? Latitude = null,
    double? Longitude = null,
    string? Location = null,
    string? RequestId = null);

/// <summary>A refused request input: every problem with the path of its field, nothing written.</summary>
public sealed class ServiceRequestInputException(IReadOnlyList<ValidationError> errors)
    : Exception("The service request input is invalid: " + string.Join("; ", errors))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}

public sealed class ServiceRequestNotFoundException(string what) : Exception($"No service request {what}.");
