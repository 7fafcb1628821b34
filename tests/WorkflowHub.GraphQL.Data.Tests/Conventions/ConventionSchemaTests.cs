namespace WorkflowHub.GraphQL.Data.Tests.Conventions;

public sealed class ConventionSchemaTests
{
    private static string Expected() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conventions", "Schemas", "requests.graphql"));

    [Fact]
    public void Should_generate_hotchocolate_named_connection_filter_and_sort_types()
    {
        var printed = RequestSchema.WithAttributes().ToString();

        Assert.Equal(Expected(), printed);
        Assert.Contains("input StringOperationFilterInput {\n  and: [StringOperationFilterInput!]\n  or: [StringOperationFilterInput!]\n  eq: String", printed);
        Assert.Contains("type ServiceRequestEdge {\n  \"\"\"A cursor for use in pagination.\"\"\"\n  cursor: String!", printed);
        Assert.Contains("enum SortEnumType {\n  ASC\n  DESC\n}", printed);
    }

    [Fact]
    public void Should_give_the_same_schema_from_descriptor_calls_as_from_attributes()
    {
        Assert.Equal(RequestSchema.WithAttributes().ToString(), RequestSchema.WithDescriptors().ToString());
    }

    [Fact]
    public void Should_name_the_connection_after_the_field_when_asked()
    {
        var schema = GraphQL.Sdl.SchemaBuilder.New()
            .AddQueryType(d => d.Field("openRequests")
                .Resolve(_ => Array.Empty<ServiceRequest>().AsQueryable())
                .UsePaging(new DataPagingOptions { InferConnectionNameFromField = true, IncludeTotalCount = false }))
            .Create();

        var connection = (GraphQL.Types.ObjectType)schema.GetType("OpenRequestsConnection")!;
        Assert.Equal(["pageInfo", "edges", "nodes"], connection.Fields.Select(f => f.Name));
        Assert.NotNull(schema.GetType("OpenRequestsEdge"));
    }

    [Fact]
    public void Should_refuse_paging_over_a_type_without_a_unique_key()
    {
        var error = Assert.Throws<GraphQL.Types.SchemaValidationException>(() => GraphQL.Sdl.SchemaBuilder.New()
            .AddQueryType(d => d.Field("words").Resolve(_ => new[] { new Keyless("a") }.AsQueryable()).UsePaging())
            .Create());

        Assert.Contains("Keyless needs a unique key", error.Message);
    }

    public sealed record Keyless(string Word);
}
