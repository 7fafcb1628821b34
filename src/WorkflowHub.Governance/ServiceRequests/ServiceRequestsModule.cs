using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.Engine;
using WorkflowHub.Governance.ServiceRequests.Activities;

namespace WorkflowHub.Governance.ServiceRequests;

public static class ServiceRequestsModule
{
    /// <summary>Service requests: the category table (from configuration), intake, rating and the workflow's domain activities.</summary>
    public static IServiceCollection AddServiceRequests(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => ServiceCategoryCatalog.From(sp.GetService<IConfiguration>()));
        services.TryAddSingleton<ServiceRequestIntake>();
        services.TryAddSingleton<ServiceRequestRating>();
        services.AddActivity<RouteToGrid>();
        services.AddActivity<SetDeadline>();
        services.AddActivity<SetRequestStatus>();
        services.AddActivity<RecordResponse>();
        services.AddActivity<MarkOverdue>();
        services.AddActivity<RequestRating>();
        services.AddActivity<RecordRating>();
        return services;
    }
}
