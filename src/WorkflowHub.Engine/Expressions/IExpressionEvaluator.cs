using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Expressions;

public interface IExpressionEvaluator
{
    /// <summary>
    /// A session evaluates the expressions of one instance during one run. It may keep a script
    /// engine between evaluations, so it must never be shared between instances.
    /// </summary>
    IExpressionSession OpenSession();

    /// <summary>Null when the code parses, else what is wrong and where (line, column).</summary>
    string? CheckSyntax(string code, bool isScript);

    /// <summary>Evaluates one expression in a session of its own.</summary>
    JsonNode? Evaluate(string expression, ExpressionScope scope) => OpenSession().Evaluate(expression, scope);

    /// <summary>Runs one script in a session of its own.</summary>
    ScriptResult Execute(string script, ExpressionScope scope) => OpenSession().Execute(script, scope);
}

public interface IExpressionSession
{
    /// <summary>Evaluates a JavaScript expression (without the leading '=') to a JSON value.</summary>
    JsonNode? Evaluate(string expression, ExpressionScope scope);

    /// <summary>Runs JavaScript statements that may change <c>variables</c> and call <c>setOutcome</c>.</summary>
    ScriptResult Execute(string script, ExpressionScope scope);
}
