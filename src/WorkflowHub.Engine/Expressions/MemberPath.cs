using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Expressions;

/// <summary>
/// Most expressions in real definitions are plain member paths such as <c>variables.orgUnitId</c>.
/// Those are read straight from the JSON scope, which gives the same value JavaScript would
/// without starting a script engine. Anything else — and any path through a value that is not an
/// object, where JavaScript might throw or look at a prototype — goes to the engine.
/// </summary>
internal static class MemberPath
{
    public static bool TryEvaluate(string expression, ExpressionScope scope, out JsonNode? value)
    {
        value = null;
        var text = expression.AsSpan().Trim();
        var dot = text.IndexOf('.');
        var root = dot < 0 ? text : text[..dot];
        JsonNode? current = root switch
        {
            "variables" => scope.Variables,
            "outputs" => scope.Outputs,
            "instance" => scope.Instance,
            "input" => scope.Input,
            _ => null,
        };
        if (current is null || !IsIdentifier(root)) return false;
        var rest = dot < 0 ? ReadOnlySpan<char>.Empty : text[(dot + 1)..];
        while (dot >= 0)
        {
            var next = rest.IndexOf('.');
            var name = next < 0 ? rest : rest[..next];
            if (!IsIdentifier(name) || current is not JsonObject obj) return false;
            current = obj.TryGetPropertyValue(name.ToString(), out var child) ? child : null;
            if (current is null && next >= 0) return false; // JavaScript throws reading a property of undefined
            dot = next;
            rest = next < 0 ? ReadOnlySpan<char>.Empty : rest[(next + 1)..];
        }
        value = current?.DeepClone();
        return true;
    }

    private static bool IsIdentifier(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || char.IsAsciiDigit(name[0]) || name.SequenceEqual("__proto__")) return false;
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$') return false;
        return true;
    }
}
