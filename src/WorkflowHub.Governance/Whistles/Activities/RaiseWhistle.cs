using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;

namespace WorkflowHub.Governance.Whistles.Activities;

/// <summary>Creates the whistle row from the escalation's inputs; sets the variables whistleId, level and respondingUnitId.</summary>
public sealed class RaiseWhistle : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("RaiseWhistle", "Raise whistle", "Governance",
        "Records a whistle (吹哨) graded BLUE, YELLOW or RED at a level of the grid, due to be reported in within the given limit. "
        + "Sets the variables whistleId, level and respondingUnitId; a service request it is about gets its escalation level and a timeline step.",
    [
        new("title", PropertyKind.Text, Description: "What the whistle is about", Default: "=variables.title"),
        new("description", PropertyKind.Text, Description: "Details", Default: "=variables.description"),
        new("grade", PropertyKind.Text, Description: "BLUE, YELLOW or RED", Default: "=variables.grade"),
        new("level", PropertyKind.Text, Description: "GRID, COMMUNITY, STREET or DISTRICT; empty: the level of the org unit", Default: "=variables.level"),
        new("orgUnitId", PropertyKind.Text, Description: "The org unit that blew the whistle", Default: "=variables.orgUnitId"),
        new("serviceRequestId", PropertyKind.Text, Description: "The service request the whistle is about, if any", Default: "=variables.serviceRequestId"),
        new("automatic", PropertyKind.Boolean, Description: "Raised by a missed deadline rather than by a person", Default: "=variables.automatic"),
        new("reportInLimit", PropertyKind.Duration, Description: "Time allowed to report in, e.g. PT30M for RED", Default: "=variables.reportInLimit"),
    ]);

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var gradeText = context.RequireString("grade");
        if (!Enum.TryParse<WhistleGrade>(gradeText, ignoreCase: true, out var grade) || !Enum.IsDefined(grade))
            throw new ActivityFaultException($"'{context.Activity.Id}': grade '{gradeText}' is not BLUE, YELLOW or RED.");
        var unitId = context.RequireString("orgUnitId");
        var unit = await context.FindAsync<OrgUnit>(unitId) ?? throw new ActivityFaultException($"'{context.Activity.Id}': no org unit '{unitId}'.");
        var level = WhistleLevels.Of(unit.Kind);
        if (context.GetString("level") is { Length: > 0 } levelText
            && (!Enum.TryParse(levelText, ignoreCase: true, out level) || !Enum.IsDefined(level)))
            throw new ActivityFaultException($"'{context.Activity.Id}': level '{levelText}' is not GRID, COMMUNITY, STREET or DISTRICT.");
        Guid? requestId = context.GetString("serviceRequestId") is { Length: > 0 } requestText
            ? Guid.TryParse(requestText, out var parsed) ? parsed : throw new ActivityFaultException($"'{context.Activity.Id}': '{requestText}' is not a service request id.")
            : null;
        var limit = context.GetDuration("reportInLimit") ?? throw new ActivityFaultException($"'{context.Activity.Id}': no report-in limit.");

        var whistle = new Whistle
        {
            Id = Guid.CreateVersion7(context.Now),
            Title = context.RequireString("title"),
            Description = context.GetString("description"),
            Grade = grade,
            Level = level,
            OrgUnitId = unit.Id,
            OrgPath = unit.Path,
            RespondingUnitId = unit.Id,
            ServiceRequestId = requestId,
            Automatic = context.GetBool("automatic"),
            RaisedBy = context.Actor ?? context.Instance.StartedBy,
            Status = WhistleStatus.Raised,
            RaisedAt = context.Now,
            ReportInDueAt = context.Now + limit,
            InstanceId = context.Instance.Id,
            UpdatedAt = context.Now,
        };
        context.Add(whistle);
        WhistleSteps.Publish(context, whistle);
        await WhistleSteps.TouchRequestAsync(context, whistle, "whistled",
            $"吹哨 Whistle ({grade.ToString().ToUpperInvariant()}) raised at {WhistleLevels.Name(level)}: {whistle.Title}", overdue: whistle.Automatic);
        return ActivityResult.Done();
    }
}
