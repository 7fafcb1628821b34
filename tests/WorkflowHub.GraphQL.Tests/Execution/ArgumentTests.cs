using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class ArgumentTests
{
    private static readonly Schema Schema = Run.Sdl("""
        type Query { greet(name: String = "World", times: Int!): String required(x: Int!): Int status(s: Status = OPEN): Status }
        enum Status { OPEN CLOSED }
        """, b => b
        .AddResolver("Query", "greet", c => string.Concat(Enumerable.Repeat("Hi " + c.ArgumentValue<string>("name"), c.ArgumentValue<int>("times"))))
        .AddResolver("Query", "required", c => c.ArgumentValue<int>("x"))
        .AddResolver("Query", "status", c => c.Arguments["s"]));

    [Fact]
    public async Task Should_apply_argument_defaults()
    {
        Assert.Equal(Run.J("{'data':{'greet':'Hi WorldHi World'}}"), await Run.Json(Schema, "{ greet(times: 2) }"));
    }

    [Fact]
    public async Task Should_use_the_default_when_the_variable_is_not_given()
    {
        Assert.Equal(Run.J("{'data':{'greet':'Hi World'}}"), await Run.Json(Schema, "query($n: String) { greet(name: $n, times: 1) }"));
    }

    [Fact]
    public async Task Should_raise_a_field_error_at_the_argument_when_a_null_variable_reaches_a_non_null_argument()
    {
        var json = await Run.Json(Schema, "query($x: Int = 1) { required(x: $x) }", Run.Vars("{\"x\":null}"));

        Assert.Equal(
            Run.J("{'errors':[{'message':'Argument \\u0022x\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.','locations':[{'line':1,'column':34}],'path':['required']}],'data':{'required':null}}")
                .Replace("\\u0022", "\\\""),
            json);
    }

    [Fact]
    public async Task Should_pass_enum_values_and_serialize_them_back()
    {
        Assert.Equal(Run.J("{'data':{'a':'OPEN','b':'CLOSED'}}"), await Run.Json(Schema, "{ a: status b: status(s: CLOSED) }"));
    }
}
