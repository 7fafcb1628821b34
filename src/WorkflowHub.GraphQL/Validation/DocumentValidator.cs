using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema: every rule of the Validation chapter of
/// the GraphQL specification (plus graphql-js's introspection depth limit), checked in one walk of
/// the document. Errors carry graphql-js's messages and locations.
/// <code>
/// var errors = DocumentValidator.Validate(schema, Parser.Parse(query));
/// if (errors.Count > 0) { /* respond with the errors, do not execute */ }
/// </code>
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs the rules of <paramref name="options"/> (by default <see cref="SpecifiedRules.All"/>)
    /// and returns every error found, in the order graphql-js reports them; an empty list means
    /// the document is valid. Like graphql-js, an invalid schema (see <see cref="Schema.Validate"/>,
    /// whose result is cached) throws <see cref="SchemaValidationException"/>.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        if (schema.Validate() is { Count: > 0 } schemaErrors)
        {
            throw new SchemaValidationException(schemaErrors);
        }

        var factories = options.Rules ?? SpecifiedRules.All;
        var rules = new ValidationRule[factories.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = factories[i]();
        }

        var errors = new List<ValidationError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options, errors);
        try
        {
            new DocumentWalker(context, typeInfo, rules, GetHookTable(factories, rules)).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit or a work limit was reached; the errors say so.
        }
        catch (InsufficientExecutionStackException)
        {
            // Nesting deeper than this thread's stack allows (the parser stops at its own limit;
            // validating may run on a smaller stack, or go deeper per level).
            errors.Add(new ValidationError("Document is nested too deeply. Validation aborted."));
        }

        return errors;
    }

    /// <summary>
    /// Which rules to call for each node kind, computed once per rule list (rules declare their
    /// kinds per type) and recomputed if a list's factories start making other rule types.
    /// </summary>
    private static DocumentWalker.HookTable GetHookTable(IReadOnlyList<Func<ValidationRule>> factories, ValidationRule[] rules)
    {
        if (HookTables.TryGetValue(factories, out var cached) && SameTypes(cached.Types, rules))
        {
            return cached.Table;
        }

        var table = DocumentWalker.HookTable.For(rules);
        HookTables.AddOrUpdate(factories, new HookTableEntry(rules.Select(r => r.GetType()).ToArray(), table));
        return table;

        static bool SameTypes(Type[] types, ValidationRule[] rules)
        {
            if (types.Length != rules.Length)
            {
                return false;
            }

            for (var i = 0; i < types.Length; i++)
            {
                if (types[i] != rules[i].GetType())
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Func<ValidationRule>>, HookTableEntry> HookTables = new();

    private sealed record HookTableEntry(Type[] Types, DocumentWalker.HookTable Table);

    /// <summary>Runs the given rules only (e.g. one rule in a test).</summary>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document, params Func<ValidationRule>[] rules) =>
        Validate(schema, document, new ValidationOptions { Rules = rules });
}
