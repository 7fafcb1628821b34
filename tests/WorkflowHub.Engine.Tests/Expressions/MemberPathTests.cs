using System.Text.Json.Nodes;
using WorkflowHub.Engine.Expressions;

namespace WorkflowHub.Engine.Tests.Expressions;

/// <summary>Plain member paths skip the script engine; they must still give what JavaScript gives.</summary>
public sealed class MemberPathTests
{
    private static readonly ExpressionScope Scope = new(
        Variables: JsonNode.Parse("""{ "title": "Leaking pipe", "count": 3, "flag": false, "nested": { "deep": { "x": [1, 2] }, "nothing": null }, "$odd_name": "ok" }""")!.AsObject(),
        Input: JsonNode.Parse("""{ "channel": "HOTLINE" }"""),
        Outputs: JsonNode.Parse("""{ "signFor": { "outcome": "SignedFor", "data": { "note": "on my way" } } }""")!.AsObject(),
        Instance: JsonNode.Parse("""{ "id": "abc" }""")!.AsObject(),
        Now: DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("variables.title")]
    [InlineData("variables.count")]
    [InlineData("variables.flag")]
    [InlineData("variables.nested")]
    [InlineData("variables.nested.deep.x")]
    [InlineData("variables.nested.nothing")]
    [InlineData("variables.missing")]
    [InlineData("variables.$odd_name")]
    [InlineData(" variables.title ")]
    [InlineData("variables")]
    [InlineData("input.channel")]
    [InlineData("outputs.signFor.data.note")]
    [InlineData("outputs.other")]
    [InlineData("instance.id")]
    [InlineData("variables.toString")]
    [InlineData("variables.title.length")]
    public void Should_read_a_member_path_exactly_as_javascript_does(string path)
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions());

        var direct = evaluator.OpenSession().Evaluate(path, Scope);
        // Wrapped in parentheses the same expression is no plain path, so the script engine runs it.
        var scripted = evaluator.OpenSession().Evaluate("(" + path + ")", Scope);

        Assert.Equal(scripted?.ToJsonString(), direct?.ToJsonString());
    }

    [Theory]
    [InlineData("variables.missing.deeper")]
    [InlineData("variables.nested.nothing.x")]
    public void Should_fail_like_javascript_when_a_path_runs_through_nothing(string path)
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions());

        var error = Assert.Throws<ScriptFaultException>(() => evaluator.OpenSession().Evaluate(path, Scope));

        Assert.Contains("TypeError", error.Message);
    }

    [Fact]
    public void Should_give_a_copy_so_that_changing_the_result_leaves_the_variables_alone()
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions());

        var value = evaluator.OpenSession().Evaluate("variables.nested", Scope)!.AsObject();
        value["added"] = 1;

        Assert.False(Scope.Variables["nested"]!.AsObject().ContainsKey("added"));
    }
}
