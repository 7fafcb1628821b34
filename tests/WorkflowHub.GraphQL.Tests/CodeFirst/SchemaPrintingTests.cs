using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.GraphQL.Tests.CodeFirst;

public sealed class SchemaPrintingTests
{
    [Fact]
    public void Should_print_the_workflow_schema_built_from_descriptor_classes()
    {
        var printed = DescriptorStyleSchema.Create().ToString();

        Assert.Equal(TestFiles.Read("CodeFirst", "Schemas", "workflow.graphql"), printed);
    }

    [Fact]
    public void Should_give_the_same_schema_from_attributes_as_from_descriptors()
    {
        Assert.Equal(DescriptorStyleSchema.Create().ToString(), AttributeStyleSchema.Create().ToString());
    }

    [Fact]
    public void Should_print_code_first_fields_added_to_a_type_defined_in_sdl()
    {
        var schema = GraphQL.Sdl.SchemaBuilder.New()
            .AddDocumentFromString("type Query { hello: String }")
            .AddTypeExtension<VersionQueries>()
            .Create();

        Assert.Equal("type Query {\n  hello: String\n  version: String!\n  uptime(unit: String! = \"s\"): Long!\n}", schema.ToString().Split("\n\n")[0]);
    }

    [QueryType]
    public sealed class VersionQueries
    {
        public string Version => "1.0";

        public static long Uptime(string unit = "s") => unit == "s" ? 42 : 42_000;
    }
}
