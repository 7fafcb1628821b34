using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Governance.Demo;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.Persistence;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance;

public static class GovernanceModule
{
    /// <summary>Registers the governance domain: its tables in the WorkflowHub model and schema, its services and its activities.</summary>
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddSingleton<IModelContribution, GovernanceModel>();
        foreach (var step in GovernanceSchemaStep.All()) services.AddSingleton<ISchemaContribution>(step);
        services.AddServiceRequests();
        services.AddWhistles();
        services.AddPledges();
        services.AddOrgUnitsAndPeople();
        services.AddDemoData();
        return services;
    }
}
