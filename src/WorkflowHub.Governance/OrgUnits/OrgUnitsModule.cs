using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Governance.Metrics;
using WorkflowHub.Governance.OrgUnits.Import;
using WorkflowHub.Governance.People;

namespace WorkflowHub.Governance.OrgUnits;

public static class OrgUnitsModule
{
    /// <summary>The grid tree, people and roles, their importers, the directory other features ask, and the metrics over them.</summary>
    public static IServiceCollection AddOrgUnitsAndPeople(this IServiceCollection services)
    {
        services.AddSingleton<OrgUnitService>();
        services.AddSingleton<PersonService>();
        services.AddSingleton<OrgUnitImporter>();
        services.AddSingleton<PeopleImporter>();
        services.TryAddSingleton<OrgDirectory>();
        services.AddSingleton<IRecipientResolver, OrgRecipients>();
        services.AddSingleton<MetricsService>();
        return services;
    }
}
