using System.Text;

namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// Prints any AST node back to GraphQL text in the exact layout of graphql-js <c>print</c>
/// (two-space indentation, field arguments wrapped past 80 characters, descriptions on their
/// own line). Used for SDL output and to normalise documents.
/// </summary>
public static class AstPrinter
{
    private const int MaxLineLength = 80;

    public static string Print(ISyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"), "$", n.Variable.Name.Value, ": ", Print(n.Type),
            Wrap(" = ", PrintOptional(n.DefaultValue)), Wrap(" ", PrintDirectives(n.Directives))),
        SelectionSetNode n => Block(n.Selections.Select(Print)),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => Concat("...", n.Name.Value, Wrap(" ", PrintDirectives(n.Directives))),
        InlineFragmentNode n => Join(
            ["...", Wrap("on ", PrintOptional(n.TypeCondition)), PrintDirectives(n.Directives), Print(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"), "fragment ", n.Name.Value, " on ", Print(n.TypeCondition), " ",
            Wrap("", PrintDirectives(n.Directives), " "), Print(n.SelectionSet)),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : StringLiteral.Print(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Items.Select(Print), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => Concat("@", n.Name.Value, Wrap("(", Join(n.Arguments.Select(Print), ", "), ")")),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        SchemaDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"),
            Join(["schema", PrintDirectives(n.Directives), Block(n.OperationTypes.Select(Print))], " ")),
        OperationTypeDefinitionNode n => n.Operation.ToKeyword() + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"), Join(["scalar", n.Name.Value, PrintDirectives(n.Directives)], " ")),
        ObjectTypeDefinitionNode n => PrintComplexType("type", n.Description, n),
        InterfaceTypeDefinitionNode n => PrintComplexType("interface", n.Description, n),
        FieldDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"), n.Name.Value, PrintArgumentDefinitions(n.Arguments), ": ",
            Print(n.Type), Wrap(" ", PrintDirectives(n.Directives))),
        InputValueDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"), n.Name.Value, ": ", Print(n.Type),
            Wrap(" = ", PrintOptional(n.DefaultValue)), Wrap(" ", PrintDirectives(n.Directives))),
        UnionTypeDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"),
            Join(["union", n.Name.Value, PrintDirectives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " ")),
        EnumTypeDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"),
            Join(["enum", n.Name.Value, PrintDirectives(n.Directives), Block(n.Values.Select(Print))], " ")),
        EnumValueDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"), Join([n.Name.Value, PrintDirectives(n.Directives)], " ")),
        InputObjectTypeDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"),
            Join(["input", n.Name.Value, PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        DirectiveDefinitionNode n => Concat(
            Wrap("", PrintOptional(n.Description), "\n"), "directive @", n.Name.Value, PrintArgumentDefinitions(n.Arguments),
            n.IsRepeatable ? " repeatable" : "", " on ", Join(n.Locations.Select(Print), " | ")),
        SchemaExtensionNode n => Join(
            ["extend schema", PrintDirectives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, PrintDirectives(n.Directives)], " "),
        ObjectTypeExtensionNode n => PrintComplexType("extend type", null, n),
        InterfaceTypeExtensionNode n => PrintComplexType("extend interface", null, n),
        UnionTypeExtensionNode n => Join(
            ["extend union", n.Name.Value, PrintDirectives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode n => Join(
            ["extend enum", n.Name.Value, PrintDirectives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n => Join(
            ["extend input", n.Name.Value, PrintDirectives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Cannot print node {node.GetType().Name}.", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = node.VariableDefinitions.Select(Print).ToList();
        var variableList = variables.Any(v => v.Contains('\n'))
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = node.Operation.ToKeyword();
        var prefix = Concat(
            Wrap("", PrintOptional(node.Description), "\n"),
            Join([keyword, Concat(node.Name?.Value, variableList), PrintDirectives(node.Directives)], " "));

        // An anonymous query without variables or directives uses the shorthand form.
        var selectionSet = Print(node.SelectionSet);
        return node.Operation == OperationType.Query && prefix.Length == keyword.Length
            ? selectionSet
            : prefix + " " + selectionSet;
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = node.Alias is null ? node.Name.Value : node.Alias.Value + ": " + node.Name.Value;
        var arguments = node.Arguments.Select(Print).ToList();
        string line;
        if (arguments.Count == 0)
        {
            line = prefix;
        }
        else
        {
            var joinedLength = arguments.Sum(a => a.Length) + (2 * (arguments.Count - 1));
            line = prefix.Length + joinedLength + 2 > MaxLineLength
                ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : prefix + "(" + Join(arguments, ", ") + ")";
        }

        return Concat(
            line,
            Wrap(" ", PrintDirectives(node.Directives)),
            Wrap(" ", node.SelectionSet is null ? null : Print(node.SelectionSet)));
    }

    private static string PrintComplexType(string keyword, StringValueNode? description, IComplexTypeDefinitionNode node) =>
        Concat(
            Wrap("", PrintOptional(description), "\n"),
            Join(
            [
                keyword, node.Name.Value, Wrap("implements ", Join(node.Interfaces.Select(Print), " & ")),
                PrintDirectives(node.Directives), Block(node.Fields.Select(Print)),
            ], " "));

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string PrintDirectives(IReadOnlyList<DirectiveNode> directives) =>
        directives.Count == 0 ? "" : Join(directives.Select(Print), " ");

    private static string? PrintOptional(ISyntaxNode? node) => node is null ? null : Print(node);

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  "));

    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? "" : start + text + end;

    private static string Join(IEnumerable<string?> items, string separator)
    {
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(item))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(item);
        }

        return builder.ToString();
    }

    private static string Concat(params string?[] parts) => string.Concat(parts);
}
