using System.Text;

namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// Prints any AST node back to GraphQL text in the exact layout of graphql-js <c>print</c>
/// (two-space indentation, field arguments wrapped past 80 characters, descriptions on their
/// own line). Used for SDL output and to normalise documents. Output is written in one pass
/// with the indentation tracked, so deep documents print in linear time.
/// </summary>
public static class AstPrinter
{
    private const int MaxLineLength = 80;

    public static string Print(ISyntaxNode node)
    {
        var writer = new Writer();
        writer.Node(node);
        return writer.ToString();
    }

    /// <summary>
    /// Appends text, indenting every line after a line break to the current block depth (block
    /// strings included, as graphql-js does).
    /// </summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _depth;

        public override string ToString() => _text.ToString();

        private void Write(string text)
        {
            if (_depth == 0 || !text.Contains('\n'))
            {
                _text.Append(text);
                return;
            }

            var start = 0;
            int index;
            while ((index = text.IndexOf('\n', start)) >= 0)
            {
                _text.Append(text, start, index - start);
                NewLine();
                start = index + 1;
            }

            _text.Append(text, start, text.Length - start);
        }

        private void NewLine() => _text.Append('\n').Append(' ', _depth * 2);

        private static string Isolated(ISyntaxNode node)
        {
            var writer = new Writer();
            writer.Node(node);
            return writer.ToString();
        }

        public void Node(ISyntaxNode node)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (node)
            {
                case NameNode n:
                    Write(n.Value);
                    break;
                case VariableNode n:
                    Write("$");
                    Write(n.Name.Value);
                    break;
                case DocumentNode n:
                    for (var i = 0; i < n.Definitions.Count; i++)
                    {
                        if (i > 0)
                        {
                            Write("\n\n");
                        }

                        Node(n.Definitions[i]);
                    }

                    break;
                case OperationDefinitionNode n:
                    Operation(n);
                    break;
                case VariableDefinitionNode n:
                    Description(n.Description);
                    Node(n.Variable);
                    Write(": ");
                    Node(n.Type);
                    if (n.DefaultValue is not null)
                    {
                        Write(" = ");
                        Node(n.DefaultValue);
                    }

                    Directives(n.Directives, leadingSpace: true);
                    break;
                case SelectionSetNode n:
                    Block(n.Selections);
                    break;
                case FieldNode n:
                    Field(n);
                    break;
                case ArgumentNode n:
                    Write(n.Name.Value);
                    Write(": ");
                    Node(n.Value);
                    break;
                case FragmentSpreadNode n:
                    Write("...");
                    Write(n.Name.Value);
                    Directives(n.Directives, leadingSpace: true);
                    break;
                case InlineFragmentNode n:
                    Write("...");
                    if (n.TypeCondition is not null)
                    {
                        Write(" on ");
                        Node(n.TypeCondition);
                    }

                    Directives(n.Directives, leadingSpace: true);
                    Write(" ");
                    Node(n.SelectionSet);
                    break;
                case FragmentDefinitionNode n:
                    Description(n.Description);
                    Write("fragment ");
                    Write(n.Name.Value);
                    Write(" on ");
                    Node(n.TypeCondition);
                    Write(" ");
                    if (n.Directives.Count > 0)
                    {
                        Directives(n.Directives, leadingSpace: false);
                        Write(" ");
                    }

                    Node(n.SelectionSet);
                    break;
                case IntValueNode n:
                    Write(n.Value);
                    break;
                case FloatValueNode n:
                    Write(n.Value);
                    break;
                case StringValueNode n:
                    Write(n.Block ? BlockString.Print(n.Value) : StringLiteral.Print(n.Value));
                    break;
                case BooleanValueNode n:
                    Write(n.Value ? "true" : "false");
                    break;
                case NullValueNode:
                    Write("null");
                    break;
                case EnumValueNode n:
                    Write(n.Value);
                    break;
                case ListValueNode n:
                    Write("[");
                    Separated(n.Items, ", ");
                    Write("]");
                    break;
                case ObjectValueNode n:
                    Write("{");
                    Separated(n.Fields, ", ");
                    Write("}");
                    break;
                case ObjectFieldNode n:
                    Write(n.Name.Value);
                    Write(": ");
                    Node(n.Value);
                    break;
                case DirectiveNode n:
                    Write("@");
                    Write(n.Name.Value);
                    if (n.Arguments.Count > 0)
                    {
                        Write("(");
                        Separated(n.Arguments, ", ");
                        Write(")");
                    }

                    break;
                case NamedTypeNode n:
                    Write(n.Name.Value);
                    break;
                case ListTypeNode n:
                    Write("[");
                    Node(n.Type);
                    Write("]");
                    break;
                case NonNullTypeNode n:
                    Node(n.Type);
                    Write("!");
                    break;
                case SchemaDefinitionNode n:
                    Description(n.Description);
                    Write("schema");
                    Directives(n.Directives, leadingSpace: true);
                    BlockAfterSpace(n.OperationTypes);
                    break;
                case OperationTypeDefinitionNode n:
                    Write(n.Operation.ToKeyword());
                    Write(": ");
                    Node(n.Type);
                    break;
                case ScalarTypeDefinitionNode n:
                    Description(n.Description);
                    Write("scalar ");
                    Write(n.Name.Value);
                    Directives(n.Directives, leadingSpace: true);
                    break;
                case ObjectTypeDefinitionNode n:
                    Description(n.Description);
                    ComplexType("type", n);
                    break;
                case InterfaceTypeDefinitionNode n:
                    Description(n.Description);
                    ComplexType("interface", n);
                    break;
                case FieldDefinitionNode n:
                    Description(n.Description);
                    Write(n.Name.Value);
                    ArgumentDefinitions(n.Arguments);
                    Write(": ");
                    Node(n.Type);
                    Directives(n.Directives, leadingSpace: true);
                    break;
                case InputValueDefinitionNode n:
                    Description(n.Description);
                    Write(n.Name.Value);
                    Write(": ");
                    Node(n.Type);
                    if (n.DefaultValue is not null)
                    {
                        Write(" = ");
                        Node(n.DefaultValue);
                    }

                    Directives(n.Directives, leadingSpace: true);
                    break;
                case UnionTypeDefinitionNode n:
                    Description(n.Description);
                    Union("union", n.Name, n.Directives, n.Types);
                    break;
                case EnumTypeDefinitionNode n:
                    Description(n.Description);
                    NamedWithBlock("enum", n.Name, n.Directives, n.Values);
                    break;
                case EnumValueDefinitionNode n:
                    Description(n.Description);
                    Write(n.Name.Value);
                    Directives(n.Directives, leadingSpace: true);
                    break;
                case InputObjectTypeDefinitionNode n:
                    Description(n.Description);
                    NamedWithBlock("input", n.Name, n.Directives, n.Fields);
                    break;
                case DirectiveDefinitionNode n:
                    Description(n.Description);
                    Write("directive @");
                    Write(n.Name.Value);
                    ArgumentDefinitions(n.Arguments);
                    if (n.IsRepeatable)
                    {
                        Write(" repeatable");
                    }

                    Write(" on ");
                    Separated(n.Locations, " | ");
                    break;
                case SchemaExtensionNode n:
                    Write("extend schema");
                    Directives(n.Directives, leadingSpace: true);
                    BlockAfterSpace(n.OperationTypes);
                    break;
                case ScalarTypeExtensionNode n:
                    Write("extend scalar ");
                    Write(n.Name.Value);
                    Directives(n.Directives, leadingSpace: true);
                    break;
                case ObjectTypeExtensionNode n:
                    ComplexType("extend type", n);
                    break;
                case InterfaceTypeExtensionNode n:
                    ComplexType("extend interface", n);
                    break;
                case UnionTypeExtensionNode n:
                    Union("extend union", n.Name, n.Directives, n.Types);
                    break;
                case EnumTypeExtensionNode n:
                    NamedWithBlock("extend enum", n.Name, n.Directives, n.Values);
                    break;
                case InputObjectTypeExtensionNode n:
                    NamedWithBlock("extend input", n.Name, n.Directives, n.Fields);
                    break;
                default:
                    throw new ArgumentException($"Cannot print node {node.GetType().Name}.", nameof(node));
            }
        }

        private void Operation(OperationDefinitionNode node)
        {
            var keyword = node.Operation.ToKeyword();

            // An anonymous query without description, variables or directives uses the shorthand form.
            if (node.Operation == OperationType.Query && node.Description is null && node.Name is null &&
                node.VariableDefinitions.Count == 0 && node.Directives.Count == 0)
            {
                Node(node.SelectionSet);
                return;
            }

            Description(node.Description);
            Write(keyword);
            if (node.Name is not null || node.VariableDefinitions.Count > 0)
            {
                Write(" ");
                if (node.Name is not null)
                {
                    Write(node.Name.Value);
                }

                if (node.VariableDefinitions.Count > 0)
                {
                    var variables = node.VariableDefinitions.Select(Isolated).ToList();
                    Write(variables.Any(v => v.Contains('\n'))
                        ? "(\n" + string.Join("\n", variables) + "\n)"
                        : "(" + string.Join(", ", variables) + ")");
                }
            }

            Directives(node.Directives, leadingSpace: true);
            Write(" ");
            Node(node.SelectionSet);
        }

        private void Field(FieldNode node)
        {
            if (node.Alias is not null)
            {
                Write(node.Alias.Value);
                Write(": ");
            }

            Write(node.Name.Value);
            if (node.Arguments.Count > 0)
            {
                var arguments = node.Arguments.Select(Isolated).ToList();
                var prefixLength = node.Name.Value.Length + (node.Alias is null ? 0 : node.Alias.Value.Length + 2);
                var joinedLength = arguments.Sum(a => a.Length) + (2 * (arguments.Count - 1));
                if (prefixLength + joinedLength + 2 > MaxLineLength)
                {
                    MultiLineList(arguments);
                }
                else
                {
                    Write("(" + string.Join(", ", arguments) + ")");
                }
            }

            Directives(node.Directives, leadingSpace: true);
            if (node.SelectionSet is not null)
            {
                Write(" ");
                Node(node.SelectionSet);
            }
        }

        private void ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            if (arguments.Count == 0)
            {
                return;
            }

            var printed = arguments.Select(Isolated).ToList();
            if (printed.Any(a => a.Contains('\n')))
            {
                MultiLineList(printed);
            }
            else
            {
                Write("(" + string.Join(", ", printed) + ")");
            }
        }

        /// <summary><c>(</c>, one item per indented line, <c>)</c>.</summary>
        private void MultiLineList(List<string> items)
        {
            Write("(");
            _depth++;
            foreach (var item in items)
            {
                NewLine();
                Write(item);
            }

            _depth--;
            NewLine();
            Write(")");
        }

        private void ComplexType(string keyword, IComplexTypeDefinitionNode node)
        {
            Write(keyword);
            Write(" ");
            Write(node.Name.Value);
            if (node.Interfaces.Count > 0)
            {
                Write(" implements ");
                Separated(node.Interfaces, " & ");
            }

            Directives(node.Directives, leadingSpace: true);
            BlockAfterSpace(node.Fields);
        }

        private void Union(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
        {
            Write(keyword);
            Write(" ");
            Write(name.Value);
            Directives(directives, leadingSpace: true);
            if (types.Count > 0)
            {
                Write(" = ");
                Separated(types, " | ");
            }
        }

        private void NamedWithBlock<T>(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<T> members)
            where T : ISyntaxNode
        {
            Write(keyword);
            Write(" ");
            Write(name.Value);
            Directives(directives, leadingSpace: true);
            BlockAfterSpace(members);
        }

        private void Description(StringValueNode? description)
        {
            if (description is not null)
            {
                Node(description);
                Write("\n");
            }
        }

        private void Directives(IReadOnlyList<DirectiveNode> directives, bool leadingSpace)
        {
            if (directives.Count == 0)
            {
                return;
            }

            if (leadingSpace)
            {
                Write(" ");
            }

            Separated(directives, " ");
        }

        private void BlockAfterSpace<T>(IReadOnlyList<T> items)
            where T : ISyntaxNode
        {
            if (items.Count > 0)
            {
                Write(" ");
                Block(items);
            }
        }

        private void Block<T>(IReadOnlyList<T> items)
            where T : ISyntaxNode
        {
            if (items.Count == 0)
            {
                return;
            }

            Write("{");
            _depth++;
            foreach (var item in items)
            {
                NewLine();
                Node(item);
            }

            _depth--;
            NewLine();
            Write("}");
        }

        private void Separated<T>(IReadOnlyList<T> items, string separator)
            where T : ISyntaxNode
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    Write(separator);
                }

                Node(items[i]);
            }
        }
    }
}
