using System.Diagnostics;
using System.Text.Json.Nodes;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Expressions;

public sealed class SandboxTests
{
    private static readonly ExpressionScope Scope = new([], null, [], [], DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Should_turn_an_infinite_loop_into_an_incident_not_a_hung_server()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Defs.Flow("forever", """{ "id": "spin", "type": "Script", "properties": { "script": "while (true) { }" } }""",
            """[ { "from": "start", "to": "spin" } ]"""));
        var watch = Stopwatch.StartNew();

        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("forever"))).InstanceId;

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(InstanceStatus.Faulted, (await engine.InstanceAsync(id)).Status);
        var incident = await engine.QueryAsync(db => Task.FromResult(db.Incidents.Single(i => i.InstanceId == id)));
        Assert.Contains("limit", incident.Message);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("clrHelper.getType()")]
    [InlineData("this.constructor.constructor('return System')()")]
    public void Should_not_reach_the_clr(string code)
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions());
        var error = Assert.Throws<ScriptFaultException>(() => evaluator.Evaluate(code, Scope));
        Assert.Contains("not defined", error.Message);
    }

    [Fact]
    public void Should_stop_runaway_recursion()
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions { MaxRecursionDepth = 20 });
        var error = Assert.Throws<ScriptFaultException>(() => evaluator.Execute("function f(n) { return f(n + 1); } f(0);", Scope));
        Assert.Contains("recursion", error.Message);
    }

    [Fact]
    public void Should_stop_a_script_over_its_time_limit()
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = int.MaxValue });
        var error = Assert.Throws<ScriptFaultException>(() => evaluator.Execute("var s = 0; while (true) { s++; }", Scope));
        Assert.Contains("time limit", error.Message);
    }

    [Fact]
    public void Should_see_only_json_values_and_the_engine_clock()
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions());
        var scope = new ExpressionScope(new JsonObject { ["n"] = 2 }, null, [], [], new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        Assert.Equal(4, evaluator.Evaluate("variables.n * 2", scope)!.GetValue<int>());
        Assert.Equal("2026-01-02T03:04:05.000Z", evaluator.Evaluate("new Date().toISOString()", scope)!.GetValue<string>());
        Assert.Equal("2026-01-02T03:04:05.000Z", evaluator.Evaluate("now", scope)!.GetValue<string>());
        Assert.Equal(1767323045000d, evaluator.Evaluate("Date.now()", scope)!.GetValue<double>());
    }
}
