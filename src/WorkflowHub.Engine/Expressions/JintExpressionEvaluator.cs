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
    public IExpressionSession OpenSession() => new JintSession(options);

    public string? CheckSyntax(string code, bool isScript)
    {
        try
        {
            new JavaScriptParser().Parse(isScript ? JintSession.WrapScript(code) : JintSession.WrapExpression(code));
            return null;
        }
        catch (ParserException e)
        {
            return JintSession.Describe(e);
        }
    }

    public JsonNode? Evaluate(string expression, ExpressionScope scope) => OpenSession().Evaluate(expression, scope);

    public ScriptResult Execute(string script, ExpressionScope scope) => OpenSession().Execute(script, scope);
}

/// <summary>
/// One Jint engine for the expressions of one instance run: creating an engine costs more than
/// evaluating a small expression, so a run creates it once. The scope is bound afresh before each
/// evaluation because activities change variables between them.
/// </summary>
internal sealed class JintSession(ScriptSandboxOptions options) : IExpressionSession
{
    // Date is replaced so that scripts see the engine's clock (a TimeProvider), not the machine's.
    private const string Prelude = """
        var variables, input, outputs, instance, now, __outcomes = [];
        function setOutcome(name) { __outcomes.push(String(name)); }
        (function (RealDate) {
          function ClockDate(a, b, c, d, e, f, g) {
            if (!(this instanceof ClockDate)) return new RealDate(__nowMs).toString();
            switch (arguments.length) {
              case 0: return new RealDate(__nowMs);
              case 1: return new RealDate(a);
              default: return new RealDate(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);
            }
          }
          ClockDate.prototype = RealDate.prototype;
          ClockDate.now = function () { return __nowMs; };
          ClockDate.UTC = RealDate.UTC;
          ClockDate.parse = RealDate.parse;
          Date = ClockDate;
        })(Date);
        """;

    private const string Bind = "variables = JSON.parse(__variables); input = JSON.parse(__input); outputs = JSON.parse(__outputs); " +
                                "instance = JSON.parse(__instance); now = new Date(__nowMs).toISOString(); __outcomes = [];";

    private Jint.Engine? _engine;

    public static string WrapExpression(string expression) => "(" + Environment.NewLine + expression + Environment.NewLine + ");";

    public static string WrapScript(string script) => "(function () {" + Environment.NewLine + script + Environment.NewLine + "})();";

    // The wrappers put the code on line 2.
    public static string Describe(ParserException e) =>
        $"JavaScript syntax error at line {Math.Max(1, e.LineNumber - 1)}, column {e.Column}: {e.Description}";

    public JsonNode? Evaluate(string expression, ExpressionScope scope)
    {
        if (MemberPath.TryEvaluate(expression, scope, out var direct)) return direct;
        var program = Bind + "var __result = (" + Environment.NewLine + expression + Environment.NewLine + "); JSON.stringify(__result === undefined ? null : __result);";
        return ParseResult(Run(scope, program, expression));
    }

    public ScriptResult Execute(string script, ExpressionScope scope)
    {
        var program = Bind + "(function () {" + Environment.NewLine + script + Environment.NewLine + "})(); JSON.stringify({ v: variables, o: __outcomes });";
        var result = ParseResult(Run(scope, program, script))!.AsObject();
        var variables = result["v"] as JsonObject
            ?? throw new ScriptFaultException("The script replaced 'variables' with something that is not an object.");
        var outcomes = result["o"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
        return new ScriptResult((JsonObject)variables.DeepClone(), outcomes);
    }

    private string Run(ExpressionScope scope, string source, string original)
    {
        var engine = _engine ??= CreateEngine();
        using var watch = options.MaxAllocatedBytes > 0 ? AllocationWatchdog.Begin(engine, options.MaxAllocatedBytes) : null;
        try
        {
            engine.SetValue("__variables", scope.Variables.ToJsonString());
            engine.SetValue("__input", scope.Input?.ToJsonString() ?? "{}");
            engine.SetValue("__outputs", scope.Outputs.ToJsonString());
            engine.SetValue("__instance", scope.Instance.ToJsonString());
            engine.SetValue("__nowMs", (double)scope.Now.ToUnixTimeMilliseconds());
            var value = engine.Execute(Parsed(source)).GetCompletionValue();
            return value.IsString() ? value.AsString() : value.ToString();
        }
        catch (Exception e) when (watch is { Exceeded: true } || e is OutOfMemoryException)
        {
            throw MemoryExceeded(original, e);
        }
        catch (ParserException e)
        {
            throw new ScriptFaultException($"{Describe(e)} in '{Shorten(original)}'", e);
        }
        catch (JavaScriptException e)
        {
            // Jint 2 leaves the message of its own TypeErrors empty; the error's name still says what happened.
            var message = string.IsNullOrWhiteSpace(e.Message) ? e.Error.ToString() : e.Message;
            throw new ScriptFaultException($"Script error: {message} in '{Shorten(original)}'", e);
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

    private ScriptFaultException MemoryExceeded(string original, Exception? inner) =>
        new($"Script exceeded its memory limit of {options.MaxAllocatedBytes / (1024 * 1024)} MB: '{Shorten(original)}'", inner);

    private Jint.Engine CreateEngine()
    {
        var engine = new Jint.Engine(cfg => cfg
            .TimeoutInterval(options.Timeout)
            .MaxStatements(options.MaxStatements)
            .LimitRecursion(options.MaxRecursionDepth)
            .Culture(CultureInfo.InvariantCulture)
            .LocalTimeZone(TimeZoneInfo.Utc));
        engine.SetValue("__nowMs", 0d);
        engine.Execute(Parsed(Prelude));
        return engine;
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

    // Parsing dominates a small expression's cost. Parsed programs are cached per thread, so no
    // syntax tree is ever shared between threads; the cache is bounded and simply reset when full.
    [ThreadStatic] private static Dictionary<string, Jint.Parser.Ast.Program>? _parsed;
    private const int MaxCachedPrograms = 2048;

    private static Jint.Parser.Ast.Program Parsed(string source)
    {
        _parsed ??= new Dictionary<string, Jint.Parser.Ast.Program>(StringComparer.Ordinal);
        if (_parsed.TryGetValue(source, out var program)) return program;
        if (_parsed.Count >= MaxCachedPrograms) _parsed.Clear();
        program = new JavaScriptParser().Parse(source);
        _parsed[source] = program;
        return program;
    }

    private static string Shorten(string code) => code.Length <= 120 ? code : code[..117] + "...";
}
