namespace WorkflowHub.GraphQL.Tests.Execution;

public class SmokeTests
{
    [Fact]
    public async Task Should_execute_a_simple_query()
    {
        var schema = Run.Sdl("type Query { hello(name: String = \"World\"): String }", b => b.AddResolver("Query", "hello", c => "Hello " + c.ArgumentValue<string>("name")));
        Assert.Equal(Run.J("{'data':{'hello':'Hello World'}}"), await Run.Json(schema, "{ hello }"));
    }
}
