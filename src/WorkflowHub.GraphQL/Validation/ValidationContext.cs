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
    private static readonly List<VariableUsage> NoUsages = [];
    private static readonly List<FragmentSpreadNode> NoSpreads = [];
    private static readonly List<FragmentDefinitionNode> NoFragments = [];

    private readonly List<ValidationError> _errors;
    private readonly int _maxErrors;
    private readonly TypeInfo _typeInfo;

    // Document facts, computed on first use and shared by the rules.
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Stack<SelectionSetNode>? _setsToVisit;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<string, List<FragmentDefinitionNode>>? _referencedFragmentsByNames;
    private readonly Dictionary<IExecutableDefinitionNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<IReadOnlyList<FragmentDefinitionNode>, List<VariableUsage>>? _fragmentUsages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveVariableUsages;
    private DocumentWalker? _usageWalker;

    /// <summary>
    /// Work allowed for following fragments (graphql-js's 50,000 units): a small document whose
    /// operations spread long fragment chains could otherwise cost time and memory far beyond its size.
    /// </summary>
    private int _remainingFragmentWork = 50_000;

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

    /// <summary>How many errors have been reported so far.</summary>
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

    /// <summary>Uses up fragment-following work; when none is left validation stops with <c>Validation aborted.</c></summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            Abort();
        }
    }

    /// <summary>The last fragment definition with that name (as graphql-js looks them up), or null.</summary>
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
        _fragmentSpreads ??= new(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = null;
        var setsToVisit = _setsToVisit ??= new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
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

        spreads ??= NoSpreads;
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments (each once, known ones only).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        _recursiveFragments ??= new(ReferenceEqualityComparer.Instance);
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
        List<string>? names = null;
        HashSet<string>? seen = null;
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(spread.Name.Value))
                {
                    (names ??= []).Add(spread.Name.Value);
                }
            }
        }

        if (names is null || seen is null)
        {
            return NoFragments;
        }

        // Operations spreading the same fragments share the result (graphql-js keys it by the set of names).
        var key = string.Join('\n', names);
        _referencedFragmentsByNames ??= new Dictionary<string, List<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_referencedFragmentsByNames.TryGetValue(key, out var known))
        {
            return known;
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        _referencedFragmentsByNames[key] = fragments;
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
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
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            // Not walked yet (a fragment defined after the operation that uses it): walk it alone.
            _usageWalker ??= new DocumentWalker(this, new TypeInfo(Schema), [], DocumentWalker.HookTable.None, trackState: false);
            _usageWalker.WalkExecutableDefinition(definition);
            usages = _variableUsages[definition];
        }

        return usages;
    }

    /// <summary>Called by the walker when it has walked a whole definition.</summary>
    internal void RecordVariableUsages(IExecutableDefinitionNode definition, List<VariableUsage>? usages) =>
        _variableUsages.TryAdd(definition, usages ?? NoUsages);

    /// <summary>The variables an operation uses, directly or in the fragments it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= new(ReferenceEqualityComparer.Instance);
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            var own = GetVariableUsages(operation);
            var fragments = GetRecursivelyReferencedFragments(operation);
            if (fragments.Count == 0)
            {
                usages = (List<VariableUsage>)own;
            }
            else
            {
                // The fragments' usages are gathered once per list of fragments (shared by operations
                // spreading the same fragments); copying them for each operation is metered.
                _fragmentUsages ??= new(ReferenceEqualityComparer.Instance);
                if (!_fragmentUsages.TryGetValue(fragments, out var fragmentUsages))
                {
                    SpendFragmentWork(fragments.Count);
                    fragmentUsages = [];
                    foreach (var fragment in fragments)
                    {
                        var local = GetVariableUsages(fragment);
                        SpendFragmentWork(local.Count);
                        fragmentUsages.AddRange(local);
                    }

                    _fragmentUsages[fragments] = fragmentUsages;
                }

                SpendFragmentWork(fragmentUsages.Count);
                usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
                usages.AddRange(own);
                usages.AddRange(fragmentUsages);
            }

            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }
}

/// <summary>Thrown inside validation to stop it (error limit or work limit reached); never escapes <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception;
