using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.OrgUnits;

namespace WorkflowHub.Governance.ServiceRequests.Activities;

/// <summary>
/// Dispatches a request to the unit that handles it: the grid of the given unit (a building's or a neighbourly unit's
/// grid, the nearest grid under a community or street by the request's location, or its only grid), or exactly the
/// unit a dispatcher chose. Sets the handling unit, its path, the sign-for deadline on the unit's working-time
/// calendar, and the variables later steps need (handlingUnitId, parentUnitId, dispatchUnitId, handlingCalendar, signForLimit).
/// </summary>
public sealed class RouteToGrid(OrgDirectory directory, ServiceCategoryCatalog categories) : IActivity
{
    public const string Routed = "Routed";
    public const string Unroutable = "Unroutable";

    public ActivityDescriptor Descriptor { get; } = new("RouteToGrid", "Route to grid", RequestSteps.Category,
        "Dispatches a service request to its grid (by org unit and location) or to the unit a dispatcher chose, and starts the sign-for clock. 'Unroutable' when no single grid fits: a dispatcher must choose.",
    [
        new("orgUnitId", PropertyKind.Expression, Description: "The unit to route from, e.g. =variables.orgUnitId", Default: JsonValue.Create("=variables.orgUnitId")),
        new("exact", PropertyKind.Boolean, Description: "Dispatch to exactly this unit (a dispatcher's choice) instead of looking for its grid", Default: false),
        new("category", PropertyKind.Expression, Description: "Category whose sign-for limit applies", Default: JsonValue.Create("=variables.category")),
        new("note", PropertyKind.Text, Description: "Note for the timeline's dispatch step"),
        RequestSteps.RequestIdProperty,
    ]);

    public IEnumerable<string> Outcomes(ActivityDefinition activity) => [Routed, Unroutable];

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unitId = context.RequireString("orgUnitId");
        var request = await RequestSteps.FindAsync(context);
        var given = await directory.FindAsync(unitId);
        var handling = context.GetBool("exact") ? given : await GridForAsync(given, request);
        IReadOnlyList<OrgUnit> chain = given is null ? [] : await directory.AncestorsNearestFirstAsync(handling ?? given);
        context.Variables["dispatchUnitId"] = (chain.Prepend(handling ?? given).FirstOrDefault(u => u?.Kind is OrgUnitKind.Community or OrgUnitKind.Street or OrgUnitKind.District)?.Id) ?? unitId;
        if (handling is null && !context.GetBool("exact")) return ActivityResult.Done(Unroutable);

        // A dispatcher may name a unit the directory does not know yet (a department's desk): it is trusted as given.
        var handlingId = handling?.Id ?? unitId;
        var calendar = (handling is null ? null : handling.Calendar ?? chain.FirstOrDefault(u => u.Calendar is not null)?.Calendar) ?? handlingId;
        var signForLimit = categories.FindOrFallback(context.GetString("category")).SignForLimit;
        DateTimeOffset signForDue;
        try { signForDue = context.DueAfter(signForLimit, calendar); }
        catch (ActivityFaultException)
        {
            // No working-time calendar serves this unit and there is no default one: count elapsed time rather than stop the request.
            calendar = "";
            signForDue = context.DueAfter(signForLimit, null);
        }
        context.Variables["handlingUnitId"] = handlingId;
        context.Variables["parentUnitId"] = handling?.ParentId ?? chain.FirstOrDefault()?.Id ?? handlingId;
        context.Variables["handlingCalendar"] = calendar;
        context.Variables["signForLimit"] = System.Xml.XmlConvert.ToString(signForLimit);
        context.Variables["signForDueAt"] = RequestSteps.Iso(signForDue);

        if (request is not null)
        {
            request.HandlingUnitId = handlingId;
            request.OrgPath = handling?.Path ?? request.OrgPath;
            request.DispatchedAt = context.Now;
            request.SignForDueAt = signForDue;
            request.Status = ServiceRequestStatus.Dispatched;
            RequestSteps.AddStep(context, request, "dispatched", context.GetString("note") ?? $"派往 Dispatched to {handling?.Name ?? handlingId}", isPublic: true);
        }
        context.SetBusinessStatus("dispatched", handlingId);
        return ActivityResult.Done(Routed, new JsonObject { ["handlingUnitId"] = handlingId, ["signForDueAt"] = RequestSteps.Iso(signForDue) });
    }

    private async Task<OrgUnit?> GridForAsync(OrgUnit? unit, ServiceRequest? request)
    {
        switch (unit?.Kind)
        {
            case null:
                return null;
            case OrgUnitKind.Grid or OrgUnitKind.Department:
                return unit;
            case OrgUnitKind.Building or OrgUnitKind.NeighbourUnit:
                return (await directory.AncestorsNearestFirstAsync(unit)).FirstOrDefault(u => u.Kind == OrgUnitKind.Grid);
            default:
                if (request is { Latitude: { } lat, Longitude: { } lon } && await directory.NearestGridAsync(lat, lon, unit) is { } nearest) return nearest;
                return await directory.OnlyGridUnderAsync(unit);
        }
    }
}
