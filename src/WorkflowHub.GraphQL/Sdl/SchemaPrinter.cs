using System.Text;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Introspection;

namespace WorkflowHub.GraphQL.Sdl;

/// <summary>
/// Prints a <see cref="Schema"/> as SDL in exactly graphql-js's <c>printSchema</c> format: a schema
/// definition only when a description or non-default root names need it, then custom directives,
/// then types in type-map order; built-in scalars, built-in directives and introspection types
/// are left out. Descriptions are block strings where graphql-js would print them so.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !BuiltInDirectives.IsBuiltIn(d)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !BuiltInScalars.IsSpecified(t) && !IntrospectionTypes.IsIntrospectionType(t))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>One type's definition.</summary>
    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name +
                           (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(
            enumType.Values.Select((v, i) => PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + PrintBlock(
            input.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentException($"Unexpected type {type}.", nameof(type)),
    };

    /// <summary>One directive definition.</summary>
    public static string PrintDirective(DirectiveType directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, "") + PrintDeprecated(directive.DeprecationReason) +
        (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSdlName()));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = (schema.QueryType is null || schema.QueryType.Name == "Query") &&
                          (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
                          (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string>();
        if (schema.QueryType is not null)
        {
            operations.Add("  query: " + schema.QueryType.Name);
        }

        if (schema.MutationType is not null)
        {
            operations.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operations.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string PrintInterfaces(IComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(IComplexOutputType type) =>
        PrintBlock(type.Fields.Select((f, i) =>
            PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArguments(f.Arguments, "  ") + ": " + f.Type +
            PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArguments(IReadOnlyList<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        var builder = new StringBuilder("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(PrintDescription(arguments[i].Description, "  " + indentation, i == 0))
                .Append("  ").Append(indentation).Append(PrintInputValue(arguments[i]));
        }

        return builder.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string PrintInputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (DefaultValues.Print(value) is { } defaultValue)
        {
            declaration += " = " + defaultValue;
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + StringLiteral.Print(reason) + ")",
    };

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + StringLiteral.Print(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var literal = BlockString.IsPrintableAsBlockString(description)
            ? BlockString.Print(description)
            : StringLiteral.Print(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation) + "\n";
    }
}
