using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Validation;

/// <summary>A variable used in a value position, with the type and default value of that position.</summary>
/// <param name="Node">The <c>$name</c> reference.</param>
/// <param name="Type">The input type the position expects (null when unknown).</param>
/// <param name="DefaultValue">The default of the argument or input field at that position, or null when it has none.</param>
/// <param name="ParentType">The input type enclosing the position (an input object for a field value, a list for an item), if any.</param>
public readonly record struct VariableUsage(VariableNode Node, IType? Type, IValueNode? DefaultValue, IType? ParentType);

/// <summary>
/// What rules see during validation: the schema and document, the type information of the
/// current position (<see cref="TypeInfo"/>), cached document facts shared by rules (fragments,
/// spreads, variable usages) and <see cref="ReportError(ValidationError)"/>.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<ValidationError> _errors;
    private readonly int _maxErrors;
    private readonly TypeInfo _typeInfo;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ISyntaxNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, ValidationOptions options, List<ValidationError> errors)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _errors = errors;
        _maxErrors = options.MaxErrors;
        HideSuggestions = options.HideSuggestions;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public bool HideSuggestions { get; }

    /// <summary>The output type at the current position (see <see cref="Validation.TypeInfo.Type"/>).</summary>
    public IType? Type => _typeInfo.Type;

    public INamedType? ParentType => _typeInfo.ParentType;

    public IType? InputType => _typeInfo.InputType;

    public IType? ParentInputType => _typeInfo.ParentInputType;

    public OutputField? FieldDefinition => _typeInfo.FieldDefinition;

    public DirectiveType? Directive => _typeInfo.Directive;

    public Argument? Argument => _typeInfo.Argument;

    public EnumValue? EnumValue => _typeInfo.EnumValue;

    public IValueNode? DefaultValue => _typeInfo.DefaultValue;

    /// <summary>While walking the directives of a node: the location they are applied to, e.g. <c>FIELD</c>.</summary>
    public string? DirectiveLocation { get; internal set; }

    /// <summary>True while walking a type-system definition or extension (which is not executable).</summary>
    public bool InTypeSystemDefinition { get; internal set; }

    public int ErrorCount => _errors.Count;

    /// <summary>Records an error; past the error limit, validation stops.</summary>
    public void ReportError(ValidationError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    public void ReportError(string message, ISyntaxNode node) => ReportError(new ValidationError(message, node));

    public void ReportError(string message, IReadOnlyList<ISyntaxNode> nodes) => ReportError(new ValidationError(message, nodes));

    /// <summary>Stops validation with <c>Validation aborted.</c>, for documents that would cost too much to check.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Abort()
    {
        _errors.Add(new ValidationError("Validation aborted."));
        throw new ValidationAbortedException();
    }

    /// <summary>The first fragment definition with that name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment; // the last definition wins, as in graphql-js
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The fragment spreads anywhere inside a selection set (not following spreads), in the order
    /// graphql-js lists them: a set's own spreads first, nested sets after, last nested set first.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments (each once, known ones only).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!_recursiveFragments.TryGetValue(operation, out var fragments))
        {
            fragments = CollectReferencedFragments([operation]);
            _recursiveFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>The fragments any of the operations use, directly or through other fragments.</summary>
    public List<FragmentDefinitionNode> CollectReferencedFragments(IEnumerable<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>The variables used in an operation or fragment definition (not following spreads), with their positions' types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ISyntaxNode definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector();
            var typeInfo = new TypeInfo(Schema);
            collector.TypeInfo = typeInfo;
            var walker = new DocumentWalker(this, typeInfo, [collector], trackState: false);
            walker.WalkExecutableDefinition((IExecutableDefinitionNode)definition);
            usages = collector.Usages;
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables an operation uses, directly or in the fragments it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            usages = [.. GetVariableUsages(operation)];
            foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            {
                usages.AddRange(GetVariableUsages(fragment));
            }

            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }

    private sealed class VariableUsageCollector : ValidationRule
    {
        private static readonly SyntaxKind[] Kinds = [SyntaxKind.VariableDefinition, SyntaxKind.Variable];

        public TypeInfo TypeInfo = null!;

        public List<VariableUsage> Usages { get; } = [];

        public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

        public override bool Enter(ValidationContext context, ISyntaxNode node)
        {
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.DefaultValue, TypeInfo.ParentInputType));
                return true;
            }

            return false; // variable definitions declare variables, they do not use them
        }
    }
}

/// <summary>Thrown inside validation to stop it (error limit or work limit reached); never escapes <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception;
