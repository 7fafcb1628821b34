using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Validation;

/// <summary>
/// Walks a document once in graphql-js visiting order (descriptions left out), keeping
/// <see cref="TypeInfo"/> up to date and calling every rule interested in each node kind, as
/// graphql-js's <c>visitInParallel</c> with <c>visitWithTypeInfo</c> does. A rule that returns
/// false from <see cref="ValidationRule.Enter"/> skips that node's children; the other rules still
/// see them.
/// </summary>
internal sealed class DocumentWalker
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly IReadOnlyList<ValidationRule> _rules;
    private readonly int[]?[] _enter;
    private readonly int[]?[] _leave;
    private readonly ISyntaxNode?[] _skipping;
    private readonly bool _trackState;
    private int _skipCount;
    private List<VariableUsage>? _usages;

    public DocumentWalker(ValidationContext context, TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules, HookTable hooks, bool trackState = true)
    {
        _context = context;
        _typeInfo = typeInfo;
        _rules = rules;
        _trackState = trackState;
        _skipping = new ISyntaxNode?[rules.Count];
        _enter = hooks.Enter;
        _leave = hooks.Leave;
    }

    /// <summary>For each node kind, the indexes of the rules to call on entering and on leaving it.</summary>
    internal sealed class HookTable
    {
        private HookTable(int[]?[] enter, int[]?[] leave)
        {
            Enter = enter;
            Leave = leave;
        }

        public int[]?[] Enter { get; }

        public int[]?[] Leave { get; }

        /// <summary>No rules: a walk that only records variable usages.</summary>
        public static readonly HookTable None = For([]);

        public static HookTable For(IReadOnlyList<ValidationRule> rules)
        {
            var enter = new List<int>?[KindCount];
            var leave = new List<int>?[KindCount];
            for (var i = 0; i < rules.Count; i++)
            {
                foreach (var kind in rules[i].EnterKinds)
                {
                    (enter[(int)kind] ??= []).Add(i);
                }

                foreach (var kind in rules[i].LeaveKinds)
                {
                    (leave[(int)kind] ??= []).Add(i);
                }
            }

            return new HookTable(enter.Select(list => list?.ToArray()).ToArray(), leave.Select(list => list?.ToArray()).ToArray());
        }
    }

    public void WalkDocument(DocumentNode document)
    {
        if (Enter(document, SyntaxKind.Document))
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case IExecutableDefinitionNode executable:
                        WalkExecutableDefinition(executable);
                        break;
                    default:
                        WalkTypeSystemDefinition(definition);
                        break;
                }
            }
        }

        Leave(document, SyntaxKind.Document);
    }

    /// <summary>
    /// Walks one operation or fragment. Variable usages are recorded on the way (with the input
    /// type and default value of their positions) and handed to the context once the definition's
    /// children are walked, so rules asking for them later need no second walk of it.
    /// </summary>
    public void WalkExecutableDefinition(IExecutableDefinitionNode definition)
    {
        _usages = null;
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WalkFragmentDefinition(fragment);
                break;
        }

        _usages = null;
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperationDefinition(node);
        if (Enter(node, SyntaxKind.OperationDefinition))
        {
            foreach (var variable in node.VariableDefinitions)
            {
                WalkVariableDefinition(variable);
            }

            WalkDirectives(node.Directives, node.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            });
            WalkSelectionSet(node.SelectionSet);

            // Complete before the rules leave the operation (where they ask for its usages).
            _context.RecordVariableUsages(node, _usages);
        }

        Leave(node, SyntaxKind.OperationDefinition);
        _typeInfo.LeaveOperationDefinition();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        if (Enter(node, SyntaxKind.VariableDefinition))
        {
            WalkLeaf(node.Variable, SyntaxKind.Variable);
            WalkType(node.Type);
            if (node.DefaultValue is not null)
            {
                WalkValue(node.DefaultValue);
            }

            WalkDirectives(node.Directives, "VARIABLE_DEFINITION");
        }

        Leave(node, SyntaxKind.VariableDefinition);
        _typeInfo.LeaveVariableDefinition();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        if (Enter(node, SyntaxKind.FragmentDefinition))
        {
            WalkType(node.TypeCondition);
            WalkDirectives(node.Directives, "FRAGMENT_DEFINITION");
            WalkSelectionSet(node.SelectionSet);
            _context.RecordVariableUsages(node, _usages);
        }

        Leave(node, SyntaxKind.FragmentDefinition);
        _typeInfo.LeaveFragment();
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.EnterSelectionSet();
        if (Enter(node, SyntaxKind.SelectionSet))
        {
            foreach (var selection in node.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        WalkField(field);
                        break;
                    case FragmentSpreadNode spread:
                        if (Enter(spread, SyntaxKind.FragmentSpread))
                        {
                            WalkDirectives(spread.Directives, "FRAGMENT_SPREAD");
                        }

                        Leave(spread, SyntaxKind.FragmentSpread);
                        break;
                    case InlineFragmentNode inline:
                        WalkInlineFragment(inline);
                        break;
                }
            }
        }

        Leave(node, SyntaxKind.SelectionSet);
        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        if (Enter(node, SyntaxKind.Field))
        {
            WalkArguments(node.Arguments);
            WalkDirectives(node.Directives, "FIELD");
            if (node.SelectionSet is not null)
            {
                WalkSelectionSet(node.SelectionSet);
            }
        }

        Leave(node, SyntaxKind.Field);
        _typeInfo.LeaveField();
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        if (Enter(node, SyntaxKind.InlineFragment))
        {
            if (node.TypeCondition is not null)
            {
                WalkType(node.TypeCondition);
            }

            WalkDirectives(node.Directives, "INLINE_FRAGMENT");
            WalkSelectionSet(node.SelectionSet);
        }

        Leave(node, SyntaxKind.InlineFragment);
        _typeInfo.LeaveFragment();
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            _typeInfo.EnterArgument(argument);
            if (Enter(argument, SyntaxKind.Argument))
            {
                WalkValue(argument.Value);
            }

            Leave(argument, SyntaxKind.Argument);
            _typeInfo.LeaveArgument();
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, string location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        if (_trackState)
        {
            _context.DirectiveLocation = location;
        }

        foreach (var directive in directives)
        {
            _typeInfo.EnterDirective(directive);
            if (Enter(directive, SyntaxKind.Directive))
            {
                WalkArguments(directive.Arguments);
            }

            Leave(directive, SyntaxKind.Directive);
            _typeInfo.LeaveDirective();
        }

        if (_trackState)
        {
            _context.DirectiveLocation = null;
        }
    }

    private void WalkType(ITypeNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NamedTypeNode named:
                WalkLeaf(named, SyntaxKind.NamedType);
                break;
            case ListTypeNode list:
                if (Enter(list, SyntaxKind.ListType))
                {
                    WalkType(list.Type);
                }

                Leave(list, SyntaxKind.ListType);
                break;
            case NonNullTypeNode nonNull:
                if (Enter(nonNull, SyntaxKind.NonNullType))
                {
                    WalkType(nonNull.Type);
                }

                Leave(nonNull, SyntaxKind.NonNullType);
                break;
        }
    }

    private void WalkValue(IValueNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case ListValueNode list:
                _typeInfo.EnterListValue();
                if (Enter(list, SyntaxKind.ListValue))
                {
                    foreach (var item in list.Items)
                    {
                        WalkValue(item);
                    }
                }

                Leave(list, SyntaxKind.ListValue);
                _typeInfo.LeaveListValue();
                break;
            case ObjectValueNode obj:
                if (Enter(obj, SyntaxKind.ObjectValue))
                {
                    foreach (var field in obj.Fields)
                    {
                        _typeInfo.EnterObjectField(field);
                        if (Enter(field, SyntaxKind.ObjectField))
                        {
                            WalkValue(field.Value);
                        }

                        Leave(field, SyntaxKind.ObjectField);
                        _typeInfo.LeaveObjectField();
                    }
                }

                Leave(obj, SyntaxKind.ObjectValue);
                break;
            case EnumValueNode enumValue:
                _typeInfo.EnterEnumValue(enumValue);
                WalkLeaf(enumValue, SyntaxKind.EnumValue);
                _typeInfo.LeaveEnumValue();
                break;
            case VariableNode variable:
                (_usages ??= []).Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
                WalkLeaf(variable, SyntaxKind.Variable);
                break;
            default:
                WalkLeaf(node, node.Kind);
                break;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Type-system definitions are not executable (ExecutableDefinitions reports them), but
    // graphql-js still walks them with every rule, so type names, directives and directive
    // arguments in them are checked too.
    // ---------------------------------------------------------------------------------------
    private void WalkTypeSystemDefinition(IDefinitionNode definition)
    {
        if (_trackState)
        {
            _context.InTypeSystemDefinition = true;
        }

        WalkSdlNode(definition, null);

        if (_trackState)
        {
            _context.InTypeSystemDefinition = false;
        }
    }

    private void WalkSdlNode(ISyntaxNode node, ISyntaxNode? parent)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (!Enter(node, node.Kind))
        {
            Leave(node, node.Kind);
            return;
        }

        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkDirectives(schema.Directives, "SCHEMA");
                WalkOperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                WalkDirectives(schema.Directives, "SCHEMA");
                WalkOperationTypes(schema.OperationTypes);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkDirectives(scalar.Directives, "SCALAR");
                break;
            case ScalarTypeExtensionNode scalar:
                WalkDirectives(scalar.Directives, "SCALAR");
                break;
            case IComplexTypeDefinitionNode complex:
                foreach (var implemented in complex.Interfaces)
                {
                    WalkType(implemented);
                }

                WalkDirectives(complex.Directives, node is ObjectTypeDefinitionNode or ObjectTypeExtensionNode ? "OBJECT" : "INTERFACE");
                foreach (var field in complex.Fields)
                {
                    WalkSdlNode(field, node);
                }

                break;
            case FieldDefinitionNode field:
                foreach (var argument in field.Arguments)
                {
                    WalkSdlNode(argument, node);
                }

                WalkType(field.Type);
                WalkDirectives(field.Directives, "FIELD_DEFINITION");
                break;
            case InputValueDefinitionNode input:
                WalkType(input.Type);
                if (input.DefaultValue is not null)
                {
                    WalkValue(input.DefaultValue);
                }

                // graphql-js tells input fields by their parent being an input object *definition*.
                WalkDirectives(input.Directives, parent is InputObjectTypeDefinitionNode ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION");
                break;
            case UnionTypeDefinitionNode union:
                WalkDirectives(union.Directives, "UNION");
                foreach (var member in union.Types)
                {
                    WalkType(member);
                }

                break;
            case UnionTypeExtensionNode union:
                WalkDirectives(union.Directives, "UNION");
                foreach (var member in union.Types)
                {
                    WalkType(member);
                }

                break;
            case EnumTypeDefinitionNode enumType:
                WalkDirectives(enumType.Directives, "ENUM");
                foreach (var value in enumType.Values)
                {
                    WalkSdlNode(value, node);
                }

                break;
            case EnumTypeExtensionNode enumType:
                WalkDirectives(enumType.Directives, "ENUM");
                foreach (var value in enumType.Values)
                {
                    WalkSdlNode(value, node);
                }

                break;
            case EnumValueDefinitionNode value:
                WalkDirectives(value.Directives, "ENUM_VALUE");
                break;
            case InputObjectTypeDefinitionNode input:
                WalkDirectives(input.Directives, "INPUT_OBJECT");
                foreach (var field in input.Fields)
                {
                    WalkSdlNode(field, node);
                }

                break;
            case InputObjectTypeExtensionNode input:
                WalkDirectives(input.Directives, "INPUT_OBJECT");
                foreach (var field in input.Fields)
                {
                    WalkSdlNode(field, node);
                }

                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments)
                {
                    WalkSdlNode(argument, node);
                }

                break;
        }

        Leave(node, node.Kind);
    }

    private void WalkOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (Enter(operationType, SyntaxKind.OperationTypeDefinition))
            {
                WalkType(operationType.Type);
            }

            Leave(operationType, SyntaxKind.OperationTypeDefinition);
        }
    }

    private void WalkLeaf(ISyntaxNode node, SyntaxKind kind)
    {
        Enter(node, kind);
        Leave(node, kind);
    }

    private bool Enter(ISyntaxNode node, SyntaxKind kind)
    {
        var hooks = _enter[(int)kind];
        if (hooks is not null)
        {
            foreach (var index in hooks)
            {
                if (_skipping[index] is null && !_rules[index].Enter(_context, node))
                {
                    _skipping[index] = node;
                    _skipCount++;
                }
            }
        }

        // When every rule skips this node's children, nobody needs them walked (a walk without
        // rules only collects variable usages, so it goes everywhere).
        return _skipCount < _skipping.Length || _skipping.Length == 0;
    }

    private void Leave(ISyntaxNode node, SyntaxKind kind)
    {
        var hooks = _leave[(int)kind];
        if (hooks is not null)
        {
            foreach (var index in hooks)
            {
                if (_skipping[index] is null)
                {
                    _rules[index].Leave(_context, node);
                }
            }
        }

        if (_skipCount > 0)
        {
            for (var i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _skipCount--;
                }
            }
        }
    }
}
