using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.Governance.GraphQL.Whistles;

public static class WhistleSchema
{
    public static SchemaBuilder AddWhistleTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<WhistleQueries>()
        .AddTypeExtension<WhistleRelations>()
        .AddTypeExtension<WhistleMutations>();
}
