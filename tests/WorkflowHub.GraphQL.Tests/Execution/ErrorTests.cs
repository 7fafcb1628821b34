using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class ErrorTests
{
    private static Schema Failing(Func<object?> fail) => Run.Sdl("type Query { field: String items: [Int] }", b => b
        .AddResolver("Query", "field", _ => fail())
        .AddResolver("Query", "items", _ => Enumerable.Range(0, 5).Select(i => i % 2 == 0 ? (object)i : throw new GraphQLException("bad " + i))));

    [Fact]
    public async Task Should_use_the_message_and_code_of_a_graphql_exception()
    {
        var schema = Failing(() => throw new GraphQLException("Not yours.", ErrorCodes.NotAuthorized));

        Assert.Equal(
            Run.J("{'errors':[{'message':'Not yours.','locations':[{'line':1,'column':3}],'path':['field'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'field':null}}"),
            await Run.Json(schema, "{ field }"));
    }

    [Fact]
    public async Task Should_hide_the_message_of_other_exceptions_behind_a_generic_error_with_a_code()
    {
        var schema = Failing(() => throw new InvalidOperationException("connection string leaked"));

        var result = await Run.Execute(schema, "{ field }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(ErrorCodes.UnexpectedExecutionError, error.Code);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task Should_show_the_exception_message_when_exception_details_are_enabled()
    {
        var schema = Failing(() => throw new InvalidOperationException("details"));

        var result = await Run.Execute(schema, "{ field }", options: new ExecutorOptions { IncludeExceptionDetails = true });

        Assert.Equal("details", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Should_treat_a_returned_exception_as_a_field_error()
    {
        var schema = Failing(() => new GraphQLException("returned"));

        Assert.Equal("returned", Assert.Single((await Run.Execute(schema, "{ field }")).Errors!).Message);
    }

    [Fact]
    public async Task Should_report_an_exception_thrown_while_enumerating_a_list_at_the_list_field()
    {
        var result = await Run.Execute(Failing(() => null), "{ items }");

        Assert.Equal("bad 1", Assert.Single(result.Errors!).Message);
        Assert.Equal(["items"], result.Errors![0].Path!);
    }

    [Fact]
    public async Task Should_stop_recording_errors_at_the_limit_and_say_so()
    {
        var schema = Run.Sdl("type Query { items: [Int] }", b => b.AddResolver("Query", "items", _ => Enumerable.Range(0, 10).Select(i => (object)1.5)));

        var result = await Run.Execute(schema, "{ items }", options: new ExecutorOptions { MaxErrors = 3 });

        Assert.Equal(4, result.Errors!.Count);
        Assert.Equal(ErrorCodes.MaxErrorsReached, result.Errors[3].Code);
        Assert.Equal(10, ((IReadOnlyList<object?>)result.Data!["items"]!).Count);
    }
}
