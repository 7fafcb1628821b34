using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Parser;
using Jint.Runtime;

namespace WorkflowHub.Engine.Expressions;

/// <summary>
/// Jint without CLR access: values go in and out as JSON text, so a script can only ever touch
/// plain JavaScript objects. Time, statements and recursion are bounded per evaluation.
/// </summary>
public sealed class JintExpressionEvaluator(ScriptSandboxOptions options) : IExpressionEvaluator
{
    // Date is replaced so that scripts see the engine's clock (a TimeProvider), not the machine's.
    private const string Prelude = """
        var variables = JSON.parse(__variables), input = JSON.parse(__input), outputs = JSON.parse(__outputs),
            instance = JSON.parse(__instance), now = new Date(__nowMs).toISOString(), __outcomes = [];
        function setOutcome(name) { __outcomes.push(String(name)); }
        (function (RealDate, fixedMs) {
          function ClockDate(a, b, c, d, e, f, g) {
            if (!(this instanceof ClockDate)) return new RealDate(fixedMs).toString();
            switch (arguments.length) {
              case 0: return new RealDate(fixedMs);
              case 1: return new RealDate(a);
              default: return new RealDate(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);
            }
          }
          ClockDate.prototype = RealDate.prototype;
          ClockDate.now = function () { return fixedMs; };
          ClockDate.UTC = RealDate.UTC;
          ClockDate.parse = RealDate.parse;
          Date = ClockDate;
        })(Date, __nowMs);
        """;

    public JsonNode? Evaluate(string expression, ExpressionScope scope)
    {
        var engine = CreateEngine(scope);
        Run(engine, "var __result = (" + Environment.NewLine + expression + Environment.NewLine + ");", expression);
        var json = Run(engine, "JSON.stringify(__result === undefined ? null : __result)", expression);
        return ParseResult(json);
    }

    public ScriptResult Execute(string script, ExpressionScope scope)
    {
        var engine = CreateEngine(scope);
        Run(engine, "(function () {" + Environment.NewLine + script + Environment.NewLine + "})();", script);
        var json = Run(engine, "JSON.stringify({ v: variables, o: __outcomes })", script);
        var result = ParseResult(json)!.AsObject();
        var variables = result["v"] as JsonObject
            ?? throw new ScriptFaultException("The script replaced 'variables' with something that is not an object.");
        var outcomes = result["o"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
        return new ScriptResult((JsonObject)variables.DeepClone(), outcomes);
    }

    public string? CheckSyntax(string code, bool isScript)
    {
        var wrapped = isScript
            ? "(function () {" + Environment.NewLine + code + Environment.NewLine + "})();"
            : "(" + Environment.NewLine + code + Environment.NewLine + ");";
        try
        {
            new JavaScriptParser().Parse(wrapped);
            return null;
        }
        catch (ParserException e)
        {
            // The wrapper adds one line before the code.
            return $"JavaScript syntax error at line {Math.Max(1, e.LineNumber - 1)}, column {e.Column}: {e.Description}";
        }
    }

    private Jint.Engine CreateEngine(ExpressionScope scope)
    {
        var engine = new Jint.Engine(cfg => cfg
            .TimeoutInterval(options.Timeout)
            .MaxStatements(options.MaxStatements)
            .LimitRecursion(options.MaxRecursionDepth)
            .Culture(CultureInfo.InvariantCulture)
            .LocalTimeZone(TimeZoneInfo.Utc));
        engine.SetValue("__variables", scope.Variables.ToJsonString());
        engine.SetValue("__input", scope.Input?.ToJsonString() ?? "{}");
        engine.SetValue("__outputs", scope.Outputs.ToJsonString());
        engine.SetValue("__instance", scope.Instance.ToJsonString());
        engine.SetValue("__nowMs", (double)scope.Now.ToUnixTimeMilliseconds());
        engine.Execute(Prelude);
        return engine;
    }

    private string Run(Jint.Engine engine, string source, string original)
    {
        try
        {
            var value = engine.Execute(source).GetCompletionValue();
            return value.IsString() ? value.AsString() : value.ToString();
        }
        catch (ParserException e)
        {
            throw new ScriptFaultException($"JavaScript syntax error at line {Math.Max(1, e.LineNumber - 1)}, column {e.Column}: {e.Description} in '{Shorten(original)}'", e);
        }
        catch (JavaScriptException e)
        {
            throw new ScriptFaultException($"Script error: {e.Message} in '{Shorten(original)}'", e);
        }
        catch (TimeoutException e)
        {
            throw new ScriptFaultException($"Script exceeded its time limit of {options.Timeout.TotalMilliseconds:0} ms: '{Shorten(original)}'", e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw new ScriptFaultException($"Script exceeded its limit of {options.MaxStatements} statements: '{Shorten(original)}'", e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw new ScriptFaultException($"Script exceeded its recursion limit of {options.MaxRecursionDepth}: '{Shorten(original)}'", e);
        }
        catch (Exception e) when (e is not ScriptFaultException)
        {
            throw new ScriptFaultException($"Script failed: {e.Message} in '{Shorten(original)}'", e);
        }
    }

    private JsonNode? ParseResult(string json)
    {
        if (json.Length > options.MaxResultChars)
            throw new ScriptFaultException($"Script result is {json.Length} characters, over the limit of {options.MaxResultChars}.");
        try
        {
            return json == "undefined" ? null : JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ScriptFaultException("Script result could not be read as JSON: " + e.Message, e);
        }
    }

    private static string Shorten(string code) => code.Length <= 120 ? code : code[..117] + "...";
}
