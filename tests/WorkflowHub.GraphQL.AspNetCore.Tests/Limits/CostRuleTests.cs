using WorkflowHub.GraphQL.AspNetCore.Limits;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Limits;

public sealed class CostRuleTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddCostDirectives()
        .AddDocumentFromString("""
            type Query {
              users(first: Int, last: Int): [User!]! @listSize(slicingArguments: ["first", "last"])
              unsized: [User!]!
              assumed: [User!]! @listSize(assumedSize: 7)
              connection(first: Int): UserConnection @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
              expensive(filter: String @cost(weight: "3")): String @cost(weight: "50")
              report: Report
            }
            type User { name: String friends(first: Int): [User!]! @listSize(slicingArguments: ["first"]) }
            type UserConnection { edges: [UserEdge!]! totalCount: Int }
            type UserEdge { node: User }
            type Report @cost(weight: "20") { title: String }
            """)
        .Create();

    [Theory]
    [InlineData("{ users(first: 10) { name } }", 10)]
    [InlineData("{ users(first: 10) { friends(first: 5) { name } } }", 60)]
    [InlineData("{ users(last: 4) { name } }", 4)]
    [InlineData("{ unsized { name } }", 1)]
    [InlineData("{ assumed { name } }", 7)]
    [InlineData("{ connection(first: 10) { totalCount edges { node { name } } } }", 21)]
    [InlineData("{ expensive }", 50)]
    [InlineData("{ expensive(filter: \"x\") }", 53)]
    [InlineData("{ report { title } }", 20)]
    [InlineData("{ __typename name: expensive }", 50)]
    [InlineData("{ ...F } fragment F on Query { users(first: 2) { name } }", 2)]
    [InlineData("{ ... on Query { users(first: 3) { name } } }", 3)]
    public void Should_compute_the_static_cost_of_an_operation(string document, double expected)
    {
        Assert.Equal(expected, Compute(document, new Dictionary<string, object?>()));
    }

    [Fact]
    public void Should_take_list_sizes_from_variables()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 20 };
        Assert.Equal(20, Compute("query($n: Int) { users(first: $n) { name } }", variables));
    }

    [Fact]
    public void Should_use_the_configured_defaults()
    {
        var options = new CostOptions { DefaultLeafFieldCost = 1, DefaultListSize = 3 };
        options.FieldCosts["Query.report"] = 2;
        var rule = new CostRule(100, options);
        var document = Parser.Parse("{ unsized { name } report { title } }");
        var operation = (OperationDefinitionNode)document.Definitions[0];

        // unsized: 3 × (1 + name 1) = 6; report: 2 + title 1 = 3.
        Assert.Equal(9, rule.Compute(Schema, document, operation, new Dictionary<string, object?>()));
    }

    [Fact]
    public void Should_refuse_an_operation_above_the_limit_with_max_cost_exceeded()
    {
        var rule = new CostRule(59);
        var document = Parser.Parse("{ users(first: 10) { friends(first: 5) { name } } }");
        var errors = rule.Check(Schema, document, (OperationDefinitionNode)document.Definitions[0], new Dictionary<string, object?>()).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("MAX_COST_EXCEEDED", error.Code);
        Assert.Equal(60.0, error.Extensions!["cost"]);
        Assert.Contains("60", error.Message);
    }

    [Fact]
    public void Should_accept_an_operation_at_the_limit()
    {
        var rule = new CostRule(60);
        var document = Parser.Parse("{ users(first: 10) { friends(first: 5) { name } } }");

        Assert.Empty(rule.Check(Schema, document, (OperationDefinitionNode)document.Definitions[0], new Dictionary<string, object?>()));
    }

    private static double Compute(string source, IReadOnlyDictionary<string, object?> variables)
    {
        var document = Parser.Parse(source);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().First();
        return new CostRule(1000).Compute(Schema, document, operation, variables);
    }
}
