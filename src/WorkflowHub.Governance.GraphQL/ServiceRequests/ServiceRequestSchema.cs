using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

public static class ServiceRequestSchema
{
    public static SchemaBuilder AddServiceRequestTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<ServiceRequestQueries>()
        .AddTypeExtension<Tasks.MyTaskQueries>()
        .AddTypeExtension<ServiceRequestRelations>()
        .AddTypeExtension<ServiceRequestMutations>()
        .AddTypeExtension<ServiceRequestSubscriptions>()
        .AddTypeExtension<Privacy.AuditLogQueries>()
        .AddTypeExtension<Privacy.ServiceRequestExport>();

    public static IServiceCollection AddServiceRequestGraphQL(this IServiceCollection services) => services
        .AddDataLoader<PublicStepsByRequest>()
        .AddDataLoader<Privacy.ReporterByRequest>()
        .AddSingleton<Privacy.ReporterDisclosure>()
        .AddScoped<WorkflowHub.Engine.GraphQL.DataAccess.IEngineRowScope, Access.GovernanceEngineRows>()
        .AddDataLoader<OrgUnitNameById>();
}
