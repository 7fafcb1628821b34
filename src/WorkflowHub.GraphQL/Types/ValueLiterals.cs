using System.Runtime.CompilerServices;
using System.Collections;
using System.Globalization;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types;

/// <summary>Converts between literals and plain values without a type (graphql-js <c>valueFromASTUntyped</c> and the untyped half of <c>astFromValue</c>).</summary>
public static class ValueLiterals
{
    /// <summary>
    /// Reads a literal as plain data: Int as int/long/double, Float as double, strings and enum
    /// names as strings, lists as <c>List&lt;object?&gt;</c>, objects as <c>Dictionary&lt;string, object?&gt;</c>,
    /// variables from <paramref name="variables"/> (missing ones are null; in objects they are left out).
    /// </summary>
    public static object? ToUntyped(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large))
                {
                    return large;
                }

                return double.Parse(i.Value, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                return list.Items.Select(item => ToUntyped(item, variables)).ToList();
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>();
                foreach (var field in obj.Fields)
                {
                    if (field.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)))
                    {
                        continue;
                    }

                    map[field.Name.Value] = ToUntyped(field.Value, variables);
                }

                return map;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                throw new ArgumentException($"Unexpected literal {literal.Kind}.", nameof(literal));
        }
    }

    /// <summary>
    /// Writes a serialized value as a literal: bool, numbers (integers as Int, others as Float,
    /// formatted like JavaScript), strings, lists and string-keyed maps. Returns null for values
    /// that have no literal form.
    /// </summary>
    public static IValueNode? FromUntyped(object? value)
    {
        value = InputValues.Normalize(value);
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return new StringValueNode(s, false);
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                return new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case IDictionary<string, object?> map:
                return ObjectLiteral(map);
            case IReadOnlyDictionary<string, object?> map:
                return ObjectLiteral(map);
            case IEnumerable list when InputValues.IsList(list):
                var items = new List<IValueNode>();
                foreach (var item in list)
                {
                    if (FromUntyped(item) is { } node)
                    {
                        items.Add(node);
                    }
                }

                return new ListValueNode(items);
        }

        if (InputValues.TryGetNumber(value, out var number))
        {
            if (!double.IsFinite(number))
            {
                return null;
            }

            var text = JsNumber.Format(number);
            return IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        return null;
    }

    /// <summary>True for <c>-?(0|[1-9][0-9]*)</c>: text that reads back as an Int literal.</summary>
    public static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start)
        {
            return false;
        }

        if (text[start] == '0')
        {
            return text.Length == start + 1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static ObjectValueNode ObjectLiteral(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var (key, item) in map)
        {
            if (FromUntyped(item) is { } node)
            {
                fields.Add(new ObjectFieldNode(new NameNode(key), node));
            }
        }

        return new ObjectValueNode(fields);
    }
}
