using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution.Coercion;

/// <summary>
/// Default values of arguments and input fields, coerced once from their literal and shared
/// afterwards (graphql-js keeps them coerced in the schema).
/// </summary>
internal static class DefaultValueCache
{
    private static readonly ConditionalWeakTable<InputValue, Entry> Entries = new();

    /// <summary>False when the input value has no default (or its default literal is not valid for its type).</summary>
    public static bool TryGet(InputValue input, out object? value)
    {
        if (input.DefaultValue is null)
        {
            value = null;
            return false;
        }

        var entry = Entries.GetValue(input, static key =>
            InputCoercion.TryGetDefaultValue(key, out var coerced) ? new Entry(true, coerced) : new Entry(false, null));
        value = entry.Value;
        return entry.HasValue;
    }

    private sealed record Entry(bool HasValue, object? Value);
}
