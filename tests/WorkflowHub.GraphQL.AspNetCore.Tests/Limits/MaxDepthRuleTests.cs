using WorkflowHub.GraphQL.AspNetCore.Limits;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Limits;

public sealed class MaxDepthRuleTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("type Query { user: User } type User { name: String friend: User }")
        .Create();

    [Theory]
    [InlineData("{ user { name } }")]
    [InlineData("{ user { friend { name } } }")]
    [InlineData("{ user { ...F } } fragment F on User { friend { name } }")]
    [InlineData("{ user { friend { __type(name: \"User\") { fields { type { ofType { name } } } } } } }")]
    public void Should_accept_operations_within_the_depth(string source)
    {
        Assert.Empty(Check(source, 3));
    }

    [Theory]
    [InlineData("{ user { friend { friend { name } } } }", 4)]
    [InlineData("{ user { ...F } } fragment F on User { friend { friend { name } } }", 4)]
    [InlineData("{ user { ... on User { friend { friend { friend { name } } } } } }", 5)]
    public void Should_refuse_operations_deeper_than_allowed(string source, int depth)
    {
        var error = Assert.Single(Check(source, 3));

        Assert.Equal("MAX_DEPTH_EXCEEDED", error.Code);
        Assert.Equal(depth, error.Extensions!["depth"]);
        Assert.NotNull(error.Locations);
    }

    [Fact]
    public void Should_count_introspection_fields_when_asked_to()
    {
        var source = "{ __schema { types { fields { type { name } } } } }";
        Assert.Empty(Check(source, 2));
        Assert.Single(new MaxDepthRule(2, skipIntrospectionFields: false).Check(Schema, Parser.Parse(source), Operation(source), new Dictionary<string, object?>()));
    }

    private static List<Execution.GraphQLError> Check(string source, int maxDepth) =>
        new MaxDepthRule(maxDepth).Check(Schema, Parser.Parse(source), Operation(source), new Dictionary<string, object?>()).ToList();

    private static OperationDefinitionNode Operation(string source) =>
        Parser.Parse(source).Definitions.OfType<OperationDefinitionNode>().First();
}
