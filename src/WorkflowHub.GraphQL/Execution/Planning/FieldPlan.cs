using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution.Planning;

/// <summary>
/// One response key of a selection on one object type: the merged field nodes, the field definition and
/// what can be worked out once (constant arguments, the sub-selection per runtime type, error locations).
/// Shared by concurrent requests when its <see cref="PlanContext"/> is; lazily filled parts are safe to race.
/// </summary>
internal sealed class FieldPlan
{
    private readonly PlanContext _context;
    private (ObjectType Type, SelectionPlan Plan)[] _children = [];
    private IReadOnlyList<SourceLocation>? _locations;
    private ConstantArguments? _constantArguments;

    public FieldPlan(PlanContext context, ObjectType parentType, string responseKey, FieldNode[] nodes, OutputField field, bool isTypeName)
    {
        _context = context;
        ParentType = parentType;
        ResponseKey = responseKey;
        Nodes = nodes;
        Field = field;
        IsTypeName = isTypeName;
        UsesDefaultResolver = ReferenceEquals(field.SyncResolver, DefaultFieldResolver.Instance);
        HasArguments = field.Arguments.Count > 0;
        ArgumentsUseVariables = HasArguments && ArgumentLiterals.UsesVariables(nodes[0].Arguments);
        ReturnsNonNull = field.Type is NonNullType;
        Authorization = isTypeName ? null : GraphQL.Authorization.FieldAuthorization.For(parentType, field);
    }

    public ObjectType ParentType { get; }

    public string ResponseKey { get; }

    /// <summary>Every field node merged under the response key, in document order.</summary>
    public FieldNode[] Nodes { get; }

    public OutputField Field { get; }

    public bool IsTypeName { get; }

    public bool UsesDefaultResolver { get; }

    public bool HasArguments { get; }

    public bool ArgumentsUseVariables { get; }

    public bool ReturnsNonNull { get; }

    /// <summary>What must be met before the resolver runs; null when the field is open to everyone.</summary>
    public GraphQL.Authorization.AuthorizeDirective[]? Authorization { get; }

    public IReadOnlyList<SourceLocation>? Locations => _locations ??= Execution.Locations.Of(Nodes);

    /// <summary>Coerced arguments; computed once when they do not depend on variables. Throws <see cref="CoercionException"/> located at the argument.</summary>
    public IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (!HasArguments)
        {
            return ArgumentLiterals.None;
        }

        if (ArgumentsUseVariables)
        {
            return ArgumentValues.Coerce(Field.Arguments, Nodes[0].Arguments, variables, Nodes[0]);
        }

        var constant = _constantArguments ??= ConstantArguments.Compute(Field, Nodes[0]);
        return constant.Error is { } error ? throw new CoercionException(error.Message) { Node = error.Node } : constant.Values!;
    }

    /// <summary>The collected sub-selection for a runtime object type. Throws <see cref="CoercionException"/> when a directive cannot be evaluated.</summary>
    public SelectionPlan ChildPlan(ObjectType runtimeType)
    {
        var children = Volatile.Read(ref _children);
        foreach (var (type, plan) in children)
        {
            if (ReferenceEquals(type, runtimeType))
            {
                return plan;
            }
        }

        var created = FieldCollector.CollectSubfields(_context, runtimeType, Nodes);
        lock (this)
        {
            _children = [.. _children, (runtimeType, created)];
        }

        return created;
    }

    private sealed class ConstantArguments
    {
        public IReadOnlyDictionary<string, object?>? Values { get; private init; }

        public CoercionException? Error { get; private init; }

        public static ConstantArguments Compute(OutputField field, FieldNode node)
        {
            try
            {
                return new ConstantArguments { Values = ArgumentValues.Coerce(field.Arguments, node.Arguments, null, node) };
            }
            catch (CoercionException e)
            {
                return new ConstantArguments { Error = e };
            }
        }
    }
}
