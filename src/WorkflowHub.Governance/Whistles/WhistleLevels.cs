using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;

namespace WorkflowHub.Governance.Whistles;

public static class WhistleLevels
{
    /// <summary>GRID, COMMUNITY, STREET or DISTRICT, as workflow variables and inputs spell them.</summary>
    public static string Name(EscalationLevel level) => level.ToString().ToUpperInvariant();

    /// <summary>The level a whistle blown by a unit of this kind starts at; buildings and departments whistle at the grid.</summary>
    public static EscalationLevel Of(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.District => EscalationLevel.District,
        OrgUnitKind.Street => EscalationLevel.Street,
        OrgUnitKind.Community => EscalationLevel.Community,
        _ => EscalationLevel.Grid,
    };
}
