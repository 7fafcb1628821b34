using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Expressions;

public interface IExpressionEvaluator
{
    /// <summary>Evaluates a JavaScript expression (without the leading '=') to a JSON value.</summary>
    JsonNode? Evaluate(string expression, ExpressionScope scope);

    /// <summary>Runs JavaScript statements that may change <c>variables</c> and call <c>setOutcome</c>.</summary>
    ScriptResult Execute(string script, ExpressionScope scope);

    /// <summary>Null when the code parses, else what is wrong and where (line, column).</summary>
    string? CheckSyntax(string code, bool isScript);
}
