using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Governance.GraphQL.ServiceRequests;
using WorkflowHub.Governance.GraphQL.Pledges;
using WorkflowHub.Governance.GraphQL.Whistles;
using WorkflowHub.Governance.GraphQL.OrgUnits;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.Governance.GraphQL;

/// <summary>The governance part of the GraphQL schema. Each feature folder adds its queries, mutations and subscriptions here.</summary>
public static class GovernanceSchema
{
    public static SchemaBuilder AddGovernanceTypes(this SchemaBuilder builder) => builder
        .AddOrgUnitTypes()
        .AddServiceRequestTypes()
        .AddWhistleTypes()
        .AddPledgeTypes();

    public static IServiceCollection AddGovernanceGraphQL(this IServiceCollection services) => services
        .AddOrgUnitGraphQL()
        .AddServiceRequestGraphQL()
        .AddPledgeGraphQL();
}
