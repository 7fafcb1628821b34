using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Validation;

/// <summary>
/// Tracks the schema types at the current point of a document walk, the way graphql-js's
/// <c>TypeInfo</c> does: the output type and parent type of selections, the field, directive and
/// argument definitions, the expected input type of values and the default value of the current
/// argument or input field. <see cref="DocumentWalker"/> calls <c>Enter</c> before and <c>Leave</c>
/// after the rules see a node.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IType?> _typeStack = [];
    private readonly List<INamedType?> _parentTypeStack = [];
    private readonly List<IType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<IValueNode?> _defaultValueStack = [];
    private DirectiveType? _directive;
    private Argument? _argument;
    private EnumValue? _enumValue;

    public TypeInfo(Schema schema)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
    }

    /// <summary>The output type of the current field, operation or fragment (null when unknown).</summary>
    public IType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose selection set is being walked.</summary>
    public INamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The type the current value must have (null when unknown).</summary>
    public IType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The input type that encloses the current one (a list or input object), if any.</summary>
    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDefinition => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    /// <summary>The default of the current argument or input field; null when it has none (or inside lists).</summary>
    public IValueNode? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : null;

    public DirectiveType? Directive => _directive;

    public Argument? Argument => _argument;

    public EnumValue? EnumValue => _enumValue;

    /// <summary>The field a selection names on a parent type, meta fields included (graphql-js <c>getFieldDef</c>).</summary>
    public static OutputField? GetFieldDefinition(Schema schema, INamedType? parentType, string name) =>
        parentType is null ? null : schema.GetFieldDefinition(parentType, name);

    /// <summary>The schema type a type reference names, wrappers included; null when the named type is unknown.</summary>
    public static IType? TypeFromAst(Schema schema, ITypeNode typeNode)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return typeNode switch
        {
            NamedTypeNode named => schema.GetType(named.Name.Value),
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            _ => null,
        };
    }

    internal void EnterSelectionSet()
    {
        var named = Type?.NamedType();
        _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
    }

    internal void LeaveSelectionSet() => Pop(_parentTypeStack);

    internal void EnterField(FieldNode node)
    {
        var fieldDef = GetFieldDefinition(_schema, ParentType, node.Name.Value);
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef?.Type);
    }

    internal void LeaveField()
    {
        Pop(_fieldDefStack);
        Pop(_typeStack);
    }

    internal void EnterDirective(DirectiveNode node) => _directive = _schema.GetDirective(node.Name.Value);

    internal void LeaveDirective() => _directive = null;

    internal void EnterOperationDefinition(OperationDefinitionNode node) =>
        _typeStack.Add(_schema.GetRootType(node.Operation));

    internal void LeaveOperationDefinition() => Pop(_typeStack);

    internal void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is not null ? _schema.GetType(typeCondition.Name.Value) : Type?.NamedType();
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    internal void LeaveFragment() => Pop(_typeStack);

    internal void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeFromAst(_schema, node.Type);
        _inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
    }

    internal void LeaveVariableDefinition() => Pop(_inputTypeStack);

    internal void EnterArgument(ArgumentNode node)
    {
        Argument? argDef = null;
        if (_directive is not null)
        {
            _directive.Arguments.TryGetField(node.Name.Value, out argDef);
        }
        else
        {
            FieldDefinition?.Arguments.TryGetField(node.Name.Value, out argDef);
        }

        _argument = argDef;
        _defaultValueStack.Add(argDef?.DefaultValue);
        _inputTypeStack.Add(argDef?.Type);
    }

    internal void LeaveArgument()
    {
        _argument = null;
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterListValue()
    {
        var listType = InputType?.NullableType();
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
    }

    internal void LeaveListValue()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        InputField? inputField = null;
        if (InputType?.NamedType() is InputObjectType objectType)
        {
            objectType.Fields.TryGetField(node.Name.Value, out inputField);
        }

        _defaultValueStack.Add(inputField?.DefaultValue);
        _inputTypeStack.Add(inputField?.Type);
    }

    internal void LeaveObjectField()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    internal void EnterEnumValue(EnumValueNode node)
    {
        _enumValue = InputType?.NamedType() is EnumType enumType && enumType.TryGetValue(node.Value, out var value) ? value : null;
    }

    internal void LeaveEnumValue() => _enumValue = null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
