using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class VariableTests
{
    private static readonly Schema Schema = Run.Sdl("""
        type Query { echo(n: Int, s: String, list: [Int!], filter: Filter): String }
        input Filter { name: String! tags: [String!] = ["a"] limit: Int = 10 }
        """, b => b.AddResolver("Query", "echo", c => string.Join(";", c.Arguments.Select(a => a.Key + "=" + Describe(a.Value)))));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(e => e.Key + ":" + Describe(e.Value))) + "}",
        IEnumerable<object?> list when value is not string => "[" + string.Join(",", list.Select(Describe)) + "]",
        _ => value.ToString()!,
    };

    [Fact]
    public async Task Should_report_a_required_variable_that_was_not_provided()
    {
        var result = await Run.Execute(Schema, "query($n: Int!) { echo(n: $n) }");

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Variable \"$n\" of required type \"Int!\" was not provided.", error.Message);
        Assert.Equal([new SourceLocation(1, 7)], error.Locations);
    }

    [Fact]
    public async Task Should_report_null_for_a_non_null_variable()
    {
        var result = await Run.Execute(Schema, "query($n: Int!) { echo(n: $n) }", Run.Vars("{\"n\":null}"));

        Assert.Equal("Variable \"$n\" of non-null type \"Int!\" must not be null.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Should_report_an_invalid_value_with_the_scalar_message()
    {
        var result = await Run.Execute(Schema, "query($n: Int) { echo(n: $n) }", Run.Vars("{\"n\":1.5}"));

        Assert.Equal("Variable \"$n\" got invalid value 1.5; Int cannot represent non-integer value: 1.5", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Should_report_the_path_inside_an_invalid_input_object()
    {
        var result = await Run.Execute(Schema, "query($f: Filter) { echo(filter: $f) }", Run.Vars("{\"f\":{\"name\":\"x\",\"tags\":[\"a\",null]}}"));

        Assert.Equal(
            "Variable \"$f\" got invalid value null at \"f.tags[1]\"; Expected non-nullable type \"String!\" not to be null.",
            Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Should_report_every_problem_of_an_input_object()
    {
        var result = await Run.Execute(Schema, "query($f: Filter) { echo(filter: $f) }", Run.Vars("{\"f\":{\"nam\":\"x\"}}"));

        Assert.Equal(
            [
                "Variable \"$f\" got invalid value { nam: \"x\" }; Field \"name\" of required type \"String!\" was not provided.",
                "Variable \"$f\" got invalid value { nam: \"x\" }; Field \"nam\" is not defined by type \"Filter\". Did you mean \"name\"?",
            ],
            result.Errors!.Select(e => e.Message));
    }

    [Fact]
    public async Task Should_apply_variable_and_input_field_defaults_and_wrap_a_single_value_in_a_list()
    {
        var json = await Run.Json(Schema, "query($n: Int = 3, $l: [Int!]) { echo(n: $n, list: $l, filter: { name: \"x\" }) }", Run.Vars("{\"l\":7}"));

        Assert.Equal(Run.J("{'data':{'echo':'n=3;list=[7];filter={name:x,tags:[a],limit:10}'}}"), json);
    }

    [Fact]
    public async Task Should_leave_out_arguments_whose_variable_was_not_given_and_keep_explicit_nulls()
    {
        var json = await Run.Json(Schema, "query($n: Int, $s: String) { echo(n: $n, s: $s) }", Run.Vars("{\"s\":null}"));

        Assert.Equal(Run.J("{'data':{'echo':'s=null'}}"), json);
    }

    [Fact]
    public async Task Should_accept_variables_as_json_elements()
    {
        using var document = System.Text.Json.JsonDocument.Parse("{\"n\": 4}");
        var variables = new Dictionary<string, object?> { ["n"] = document.RootElement.GetProperty("n") };

        var json = await Run.Json(Schema, "query($n: Int) { echo(n: $n) }", variables);

        Assert.Equal(Run.J("{'data':{'echo':'n=4'}}"), json);
    }
}
