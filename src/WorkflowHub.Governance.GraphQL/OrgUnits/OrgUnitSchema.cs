using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Governance.GraphQL.Metrics;
using WorkflowHub.Governance.GraphQL.People;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.Governance.GraphQL.OrgUnits;

public static class OrgUnitSchema
{
    /// <summary>Org units, people and roles, their imports, and metrics.</summary>
    public static SchemaBuilder AddOrgUnitTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<OrgUnitQueries>()
        .AddTypeExtension<OrgUnitRelations>()
        .AddTypeExtension<OrgUnitMutations>()
        .AddTypeExtension<PeopleQueries>()
        .AddTypeExtension<RoleQueries>()
        .AddTypeExtension<PersonRelations>()
        .AddTypeExtension<RoleAssignmentRelations>()
        .AddTypeExtension<PeopleMutations>()
        .AddTypeExtension<MetricsQueries>();

    public static IServiceCollection AddOrgUnitGraphQL(this IServiceCollection services) => services
        .AddDataLoader<OrgUnitById>()
        .AddDataLoader<OrgUnitChildren>()
        .AddDataLoader<PersonById>()
        .AddDataLoader<RolesByPerson>()
        .AddDataLoader<PeopleByUnit>();
}
