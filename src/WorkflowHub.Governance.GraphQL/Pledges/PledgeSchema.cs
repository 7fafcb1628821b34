using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.Governance.GraphQL.Pledges;

public static class PledgeSchema
{
    public static SchemaBuilder AddPledgeTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<PledgeQueries>()
        .AddTypeExtension<PledgeRelations>()
        .AddTypeExtension<PledgeMutations>();

    public static IServiceCollection AddPledgeGraphQL(this IServiceCollection services) => services.AddDataLoader<ProgressByPledge>();
}
