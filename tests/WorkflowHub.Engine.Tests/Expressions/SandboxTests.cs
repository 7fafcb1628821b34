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
    public void Should_stop_a_script_that_doubles_a_string_past_its_memory_limit()
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions { MaxAllocatedBytes = 16 * 1024 * 1024, MaxStatements = int.MaxValue });
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ScriptFaultException>(() => evaluator.Execute("var s = 'x'; for (var i = 0; i < 40; i++) { s = s + s; } variables.n = s.length;", Scope));

        Assert.Contains("memory limit of 16 MB", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1L << 31, "stopped long before the string reached 2^40 characters");
    }

    [Fact]
    public void Should_stop_a_script_that_grows_an_array_past_its_memory_limit()
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions { MaxAllocatedBytes = 16 * 1024 * 1024, MaxStatements = int.MaxValue, Timeout = TimeSpan.FromSeconds(30) });

        var error = Assert.Throws<ScriptFaultException>(() => evaluator.Execute("var a = []; while (true) { a.push({ n: a.length, s: 'some text' }); }", Scope));

        Assert.Contains("memory limit", error.Message);
    }

    [Fact]
    public void Should_let_an_ordinary_script_run_under_the_default_memory_limit()
    {
        var evaluator = new JintExpressionEvaluator(new ScriptSandboxOptions());

        var result = evaluator.Execute("var a = []; for (var i = 0; i < 1000; i++) { a.push(i * 2); } variables.total = a.reduce(function (x, y) { return x + y; }, 0);", Scope);

        Assert.Equal(999_000, result.Variables["total"]!.GetValue<int>());
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
