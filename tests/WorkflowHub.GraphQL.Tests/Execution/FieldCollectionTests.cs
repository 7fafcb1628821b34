using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class FieldCollectionTests
{
    private static readonly Schema Schema = Run.Sdl("""
        type Query { me: User }
        type User { id: ID name: String email: String friends: [User] }
        """);

    private static readonly object Root = new Dictionary<string, object?>
    {
        ["me"] = new Dictionary<string, object?>
        {
            ["id"] = "1", ["name"] = "Ann", ["email"] = "ann@example.com",
            ["friends"] = new[] { new Dictionary<string, object?> { ["id"] = "2", ["name"] = "Bob" } },
        },
    };

    [Fact]
    public async Task Should_order_result_fields_as_first_selected_with_merged_fields_in_their_first_position()
    {
        var json = await Run.Json(Schema, """
            { me { name ...F id name ... { email name } } }
            fragment F on User { email id }
            """, root: Root);

        Assert.Equal(Run.J("{'data':{'me':{'name':'Ann','email':'ann@example.com','id':'1'}}}"), json);
    }

    [Fact]
    public async Task Should_skip_and_include_fields_and_fragments_by_literal_and_variable()
    {
        var json = await Run.Json(Schema, """
            query($yes: Boolean!, $no: Boolean!) {
              me {
                id @skip(if: $yes)
                name @include(if: $yes)
                email @include(if: $no)
                ... on User @skip(if: false) { a: id }
                ...F @include(if: false)
              }
            }
            fragment F on User { b: id }
            """, Run.Vars("{\"yes\":true,\"no\":false}"), Root);

        Assert.Equal(Run.J("{'data':{'me':{'name':'Ann','a':'1'}}}"), json);
    }

    [Fact]
    public async Task Should_merge_the_sub_selections_of_fields_with_the_same_response_key()
    {
        var json = await Run.Json(Schema, "{ me { friends { id } friends { name } } me { id } }", root: Root);

        Assert.Equal(Run.J("{'data':{'me':{'friends':[{'id':'2','name':'Bob'}],'id':'1'}}}"), json);
    }

    [Fact]
    public async Task Should_collect_differently_for_each_request_when_conditions_read_variables()
    {
        var executor = new WorkflowHub.GraphQL.Execution.RequestExecutor(Schema);
        const string query = "query($x: Boolean!) { me { id @include(if: $x) name } }";

        var with = await executor.ExecuteAsync(new WorkflowHub.GraphQL.Execution.GraphQLRequest(query, null, Run.Vars("{\"x\":true}")), new() { RootValue = Root });
        var without = await executor.ExecuteAsync(new WorkflowHub.GraphQL.Execution.GraphQLRequest(query, null, Run.Vars("{\"x\":false}")), new() { RootValue = Root });

        Assert.Equal(Run.J("{'data':{'me':{'id':'1','name':'Ann'}}}"), WorkflowHub.GraphQL.Execution.ResultJson.ToJson((WorkflowHub.GraphQL.Execution.ExecutionResult)with));
        Assert.Equal(Run.J("{'data':{'me':{'name':'Ann'}}}"), WorkflowHub.GraphQL.Execution.ResultJson.ToJson((WorkflowHub.GraphQL.Execution.ExecutionResult)without));
    }

    [Fact]
    public async Task Should_answer_typename_with_the_runtime_object_type_and_aliases()
    {
        var json = await Run.Json(Schema, "{ __typename me { t: __typename } }", root: Root);

        Assert.Equal(Run.J("{'data':{'__typename':'Query','me':{'t':'User'}}}"), json);
    }
}
