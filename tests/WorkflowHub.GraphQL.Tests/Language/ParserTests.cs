using System.Text.Json;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Tests.Language;

public class ParserTests
{
    /// <summary>
    /// Sources with graphql-js's verdict (parsed with maxTokens 50): the source as UTF-16 code units
    /// (so lone surrogates survive), then "OK" or message, line and column.
    /// </summary>
    private static readonly string[] VerdictLines =
        TestFiles.Read("Language", "Documents", "syntax-errors.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> VerdictIndexes() => new(Enumerable.Range(0, VerdictLines.Length));

    [Theory]
    [MemberData(nameof(VerdictIndexes))]
    public void Should_give_the_same_verdict_message_and_location_as_graphql_js(int index)
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>(VerdictLines[index])!;
        var source = new string(items[0].EnumerateArray().Select(c => (char)c.GetInt32()).ToArray());
        var message = items[1].GetString();
        var options = new ParserOptions { MaxTokens = 50 };
        if (message == "OK")
        {
            Parser.Parse(source, options);
            return;
        }

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));
        Assert.Equal((message, items[2].GetInt32(), items[3].GetInt32()), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Should_parse_a_field_with_alias_arguments_directives_and_selections()
    {
        var document = Parser.Parse("query Q($id: ID! = \"1\" @d) @op { me: user(id: $id) @include(if: true) { name } }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("id", variable.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(variable.Type).Type).Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(variable.DefaultValue).Value);
        Assert.Equal("d", Assert.Single(variable.Directives).Name.Value);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(("me", "user", "me"), (field.Alias!.Value, field.Name.Value, field.ResponseKey));
        Assert.Equal("id", Assert.IsType<VariableNode>(Assert.Single(field.Arguments).Value).Name.Value);
        Assert.True(Assert.IsType<BooleanValueNode>(Assert.Single(Assert.Single(field.Directives).Arguments).Value).Value);
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Should_parse_fragments_spreads_and_inline_fragments()
    {
        var document = Parser.Parse("{ ...F @a ... on T { x } ... @b { y } ... { z } } fragment F on T @c { w }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        Assert.Equal("b", Assert.Single(((InlineFragmentNode)selections[2]).Directives).Name.Value);
        Assert.Empty(Assert.IsType<InlineFragmentNode>(selections[3]).Directives);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T", "c"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Fact]
    public void Should_parse_every_value_kind()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(
            "{i: -12, f: 1.5e3, s: \"x\", b: \"\"\" y \"\"\", t: true, n: null, e: RED, l: [1, [2]], o: {}, v: $var}"));
        var fields = value.Fields.ToDictionary(f => f.Name.Value, f => f.Value);
        Assert.Equal("-12", Assert.IsType<IntValueNode>(fields["i"]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(fields["f"]).Value);
        Assert.False(Assert.IsType<StringValueNode>(fields["s"]).Block);
        Assert.True(Assert.IsType<StringValueNode>(fields["b"]).Block);
        Assert.Equal(" y ", ((StringValueNode)fields["b"]).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(fields["t"]).Value);
        Assert.IsType<NullValueNode>(fields["n"]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(fields["e"]).Value);
        Assert.IsType<ListValueNode>(Assert.IsType<ListValueNode>(fields["l"]).Items[1]);
        Assert.Empty(Assert.IsType<ObjectValueNode>(fields["o"]).Fields);
        Assert.Equal("var", Assert.IsType<VariableNode>(fields["v"]).Name.Value);
    }

    [Fact]
    public void Should_reject_variables_in_constant_values()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $x]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$x\" in constant value.", error.Message);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void Should_parse_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
        Assert.Equal("[[Int!]]!", AstPrinter.Print(type));
    }

    [Fact]
    public void Should_record_locations_of_nodes()
    {
        var document = Parser.Parse("query Q {\n  user(id: 4) {\n    name\n  }\n}");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, 40, 1, 1), operation.Location);
        var user = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(12, 38, 2, 3), user.Location);
        Assert.Equal(new Location(17, 22, 2, 8), user.Arguments[0].Location);
        Assert.Equal(new Location(21, 22, 2, 12), user.Arguments[0].Value.Location);
        var name = (FieldNode)user.SelectionSet!.Selections[0];
        Assert.Equal(new Location(30, 34, 3, 5), name.Location);
    }

    [Fact]
    public void Should_parse_the_type_system_kitchen_sink()
    {
        var document = Parser.Parse(TestFiles.Read("Language", "Documents", "schema-kitchen-sink.graphql"));
        Assert.Equal(
            [
                SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition,
                SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeDefinition,
                SyntaxKind.UnionTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition,
                SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.DirectiveDefinition,
                SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension,
                SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension,
                SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));

        var timed = (InterfaceTypeDefinitionNode)document.Definitions[5];
        Assert.Equal("Node", Assert.Single(timed.Interfaces).Name.Value);
        var tracked = (DirectiveDefinitionNode)document.Definitions[11];
        Assert.True(tracked.IsRepeatable);
        Assert.Equal(["FIELD_DEFINITION", "INTERFACE", "VARIABLE_DEFINITION"], tracked.Locations.Select(l => l.Value));
        var instance = (ObjectTypeDefinitionNode)document.Definitions[2];
        Assert.Equal("A long running instance of a workflow.", instance.Description!.Value);
        var tasks = instance.Fields[2];
        Assert.Equal("Only tasks in this state.", tasks.Arguments[0].Description!.Value);
        Assert.Equal("OPEN", Assert.IsType<EnumValueNode>(tasks.Arguments[0].DefaultValue).Value);
    }

    [Fact]
    public void Should_accept_descriptions_on_operations_fragments_and_variables_like_graphql_js()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { b }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Should_stop_when_the_token_limit_is_exceeded()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more that 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal(9, error.Column);
        Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 });
    }

    [Theory]
    [InlineData("query", "query")]
    [InlineData("mutation", "mutation")]
    [InlineData("subscription", "subscription")]
    [InlineData("fragment", "fragment")]
    [InlineData("on", "on")]
    [InlineData("type", "type")]
    [InlineData("extend", "extend")]
    public void Should_allow_keywords_as_field_and_argument_names(string keyword, string expected)
    {
        var document = Parser.Parse($"{{ {keyword}({keyword}: {keyword}) }}");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(expected, field.Name.Value);
        Assert.Equal(expected, ((EnumValueNode)field.Arguments[0].Value).Value);
    }

    [Fact]
    public void Should_keep_every_item_of_long_lists()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 100).Select(i => $"f{i}"));
        var items = string.Join(", ", Enumerable.Range(0, 100));
        var document = Parser.Parse($"{{ {fields} list(x: [{items}]) }}");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal(101, selections.Count);
        Assert.Equal("f99", ((FieldNode)selections[99]).Name.Value);
        var list = (ListValueNode)((FieldNode)selections[100]).Arguments[0].Value;
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i.ToString()), list.Items.Select(i => ((IntValueNode)i).Value));
    }

    [Theory]
    [InlineData("{ a(x: ", "[", "]", " ) }")]
    [InlineData("{ a(x: ", "{a: ", "}", " ) }")]
    [InlineData("", "{ a ", "}", "")]
    [InlineData("query ($v: ", "[", "]", "Int) { a }")]
    public void Should_reject_absurdly_deep_documents_without_crashing(string prefix, string open, string close, string suffix)
    {
        const int depth = 200_000;
        var source = prefix + string.Concat(Enumerable.Repeat(open, depth)) + (open == "[" && prefix.StartsWith("query") ? "" : "1") +
                     string.Concat(Enumerable.Repeat(close, depth)) + suffix;
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: Document is nested too deeply. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Should_parse_and_print_reasonably_deep_documents()
    {
        const int depth = 500;
        var source = "{ a(x: " + new string('[', depth) + "1" + new string(']', depth) + ") " +
                     string.Concat(Enumerable.Repeat("{ b ", depth)) + new string('}', depth) + " }";
        var printed = AstPrinter.Print(Parser.Parse(source));
        Assert.Equal(printed, AstPrinter.Print(Parser.Parse(printed)));
    }
}
