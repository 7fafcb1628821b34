using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name, anywhere they meet
/// through fragments, can be merged — same field and arguments unless their parents are
/// different object types, and shapes that do not conflict.
/// <para>
/// The algorithm is graphql-js's: each selection set's fields are collected once per parent type
/// (cached), fields are compared within a set, then with the fragments it spreads and fragments
/// with each other; compared fragment pairs, field/fragment comparisons, overlapping response
/// names, field-pair outcomes and printed argument values are memoised. On top of that, fields of
/// one response name are grouped into classes of interchangeable leaf fields (same parent type,
/// field, type, no arguments, no selection), and each pair of classes is compared once: a
/// thousand repeated <c>name</c> selections cost a thousand steps, not half a million. A work
/// budget guards the rest, as in graphql-js (exceeding it stops validation with
/// <c>Validation aborted.</c>).
/// </para>
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.Field];

    private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<(INamedType?, SelectionSetNode), CollectResult> _collected = new(CollectKeyComparer.Instance);
    private readonly Dictionary<IValueNode, string> _stringified = new(ReferenceEqualityComparer.Instance);
    private int _budget = MaxComplexityBudget;
    private ValidationContext _context = null!;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        var selectionSet = node switch
        {
            OperationDefinitionNode operation => operation.SelectionSet,
            FragmentDefinitionNode fragment => fragment.SelectionSet,
            _ => ((FieldNode)node).SelectionSet,
        };
        if (selectionSet is null)
        {
            return true;
        }

        // Inline fragments' selection sets are covered by the selection set that holds them.
        var selections = selectionSet.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
        {
            return true;
        }

        _context = context;

        // The parent type of the selection set, as TypeInfo has it there.
        var named = context.Type?.NamedType();
        var parentType = named is not null && named.IsCompositeType() ? named : null;

        foreach (var conflict in FindConflictsWithinSelectionSet(parentType, selectionSet))
        {
            var nodes = new List<ISyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            context.ReportError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var result = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, result);
        var fragmentNames = result.FragmentNames;
        if (fragmentNames.Count != 0 && (result.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectResult result, string fragmentName)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(1);
        if (result.Groups.Count == 0)
        {
            return;
        }

        result.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (result.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
        {
            // Compared before, non-exclusively (which covers both cases) or exclusively again.
            return;
        }

        result.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var result2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(result, result2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, result, result2);
        foreach (var referenced in result2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(2);
        if (fragmentName1 == fragmentName2 || PairsHas(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        PairsAdd(fragmentName1, fragmentName2, areMutuallyExclusive);
        var fragment1 = _context.GetFragment(fragmentName1);
        var fragment2 = _context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var result1 = CollectFragmentFields(fragment1);
        var result2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
        foreach (var referenced2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var result1 = CollectFields(parentType1, selectionSet1);
        var result2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
        foreach (var fragmentName2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result1, fragmentName2);
        }

        foreach (var fragmentName1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result2, fragmentName1);
        }

        foreach (var fragmentName1 in result1.FragmentNames)
        {
            foreach (var fragmentName2 in result2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    /// <summary>Conflicts among the fields of each response name of one collection.</summary>
    private void CollectConflictsWithin(List<Conflict> conflicts, CollectResult result)
    {
        foreach (var group in result.Groups)
        {
            if (group.Fields.Count < 2)
            {
                continue;
            }

            var classes = group.GetClasses();
            for (var a = 0; a < classes.Count; a++)
            {
                var classA = classes[a];
                if (!classA.IsLeafClass && classA.Members.Count > 1 &&
                    FindConflict(false, group.ResponseName, classA.Members[0].Field, classA.Members[1].Field) is { } first)
                {
                    // Identical selections that conflict with each other: compare every pair.
                    CompareAllPairs(conflicts, false, group.ResponseName, classA, classA, oriented: true, (classA.Members[0].Field, classA.Members[1].Field, first));
                }

                for (var b = a + 1; b < classes.Count; b++)
                {
                    CompareClassesWithin(conflicts, group.ResponseName, classA, classes[b]);
                }
            }
        }
    }

    /// <summary>
    /// Compares two classes of one response name within a collection. graphql-js compares each
    /// pair of fields earlier-first, so each member pair takes the conflict oriented that way.
    /// </summary>
    private void CompareClassesWithin(List<Conflict> conflicts, string responseName, FieldClass classA, FieldClass classB)
    {
        // Some member of A comes before some member of B (forward), or after one (backward).
        var forward = classA.MinIndex < classB.MaxIndex
            ? FindConflict(false, responseName, classA.Representative, classB.Representative)
            : null;
        var backward = classA.MaxIndex > classB.MinIndex
            ? FindConflict(false, responseName, classB.Representative, classA.Representative)
            : null;
        if (forward is null && backward is null)
        {
            return;
        }

        if (!classA.IsLeafClass || !classB.IsLeafClass)
        {
            CompareAllPairs(
                conflicts, false, responseName, classA, classB, oriented: true,
                (classA.Representative, classB.Representative, forward), (classB.Representative, classA.Representative, backward));
            return;
        }

        foreach (var (fieldA, indexA) in classA.Members)
        {
            foreach (var (fieldB, indexB) in classB.Members)
            {
                var conflict = indexA < indexB
                    ? forward is null ? null : Replicate(forward, fieldA, fieldB, classA, classB)
                    : backward is null ? null : Replicate(backward, fieldB, fieldA, classB, classA);
                if (conflict is not null)
                {
                    conflicts.Add(conflict);
                }
            }
        }
    }

    /// <summary>
    /// Compares every member of one class with every member of another (or, for the same class,
    /// every pair once), each pair earlier-first when <paramref name="oriented"/>. Pairs already
    /// compared are passed in <paramref name="known"/>: comparing again would find the fragments
    /// they spread already compared (memoised) and miss their conflicts.
    /// </summary>
    private void CompareAllPairs(
        List<Conflict> conflicts, bool areMutuallyExclusive, string responseName, FieldClass class1, FieldClass class2, bool oriented,
        params (FieldDetails Field1, FieldDetails Field2, Conflict? Conflict)[] known)
    {
        var same = ReferenceEquals(class1, class2);
        for (var i = 0; i < class1.Members.Count; i++)
        {
            var (field1, index1) = class1.Members[i];
            for (var j = same ? i + 1 : 0; j < class2.Members.Count; j++)
            {
                var (field2, index2) = class2.Members[j];
                var (first, second) = oriented && index2 < index1 ? (field2, field1) : (field1, field2);
                Conflict? conflict = null;
                var found = false;
                foreach (var pair in known)
                {
                    if (ReferenceEquals(pair.Field1, first) && ReferenceEquals(pair.Field2, second))
                    {
                        conflict = pair.Conflict;
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    conflict = FindConflict(areMutuallyExclusive, responseName, first, second);
                }

                if (conflict is not null)
                {
                    conflicts.Add(conflict);
                }
            }
        }
    }

    /// <summary>Conflicts between the fields of two collections, for every response name they share.</summary>
    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectResult result1, CollectResult result2)
    {
        if (result1.Groups.Count == 0 || result2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (group1, group2) in GetOverlappingGroups(result1, result2))
        {
            if (group1.Fields.Count == 1 && group2.Fields.Count == 1)
            {
                if (FindConflict(parentFieldsAreMutuallyExclusive, group1.ResponseName, group1.Fields[0], group2.Fields[0]) is { } single)
                {
                    conflicts.Add(single);
                }

                continue;
            }

            foreach (var class1 in group1.GetClasses())
            {
                foreach (var class2 in group2.GetClasses())
                {
                    var conflict = FindConflict(parentFieldsAreMutuallyExclusive, group1.ResponseName, class1.Representative, class2.Representative);
                    if (conflict is null)
                    {
                        continue;
                    }

                    if (!class1.IsLeafClass || !class2.IsLeafClass)
                    {
                        CompareAllPairs(
                            conflicts, parentFieldsAreMutuallyExclusive, group1.ResponseName, class1, class2, oriented: false,
                            (class1.Representative, class2.Representative, conflict));
                        continue;
                    }

                    foreach (var (field1, _) in class1.Members)
                    {
                        foreach (var (field2, _) in class2.Members)
                        {
                            conflicts.Add(Replicate(conflict, field1, field2, class1, class2));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The conflict found between two leaf-class representatives, for two members of those classes.</summary>
    private Conflict Replicate(Conflict conflict, FieldDetails field1, FieldDetails field2, FieldClass class1, FieldClass class2)
    {
        if (ReferenceEquals(field1, class1.Representative) && ReferenceEquals(field2, class2.Representative))
        {
            return conflict;
        }

        Spend(2);

        // Leaf classes hold interchangeable leaf fields: their conflicts name just the two fields.
        return conflict with { Fields1 = [field1.Node], Fields2 = [field2.Node] };
    }

    private List<(FieldGroup, FieldGroup)> GetOverlappingGroups(CollectResult result1, CollectResult result2)
    {
        result1.Overlapping ??= new Dictionary<CollectResult, List<(FieldGroup, FieldGroup)>>(ReferenceEqualityComparer.Instance);
        if (result1.Overlapping.TryGetValue(result2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(FieldGroup, FieldGroup)>();
        foreach (var group1 in result1.Groups)
        {
            Spend(1);
            if (result2.TryGetGroup(group1.ResponseName, out var group2))
            {
                overlapping.Add((group1, group2));
            }
        }

        result1.Overlapping[result2] = overlapping;
        return overlapping;
    }

    /// <summary>Whether two fields of one response name conflict, including through their sub-selections.</summary>
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var node1 = details1.Node;
        var node2 = details2.Node;
        var def1 = details1.Definition;
        var def2 = details2.Definition;

        // Fields of two different object types can never apply at once: only their shapes must agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive ||
            (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);

        Spend(2);
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && Equals(def1?.Type, def2?.Type) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var info1 = GetFieldInfo(details1);
            var info2 = GetFieldInfo(details2);
            info1.Comparisons ??= new Dictionary<FieldInfo, string?>(ReferenceEqualityComparer.Instance);
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(info1, info2) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = def1?.Type;
        var type2 = def2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = GetFieldInfo(details1);
            var info2 = GetFieldInfo(details2);
            info1.TypeString ??= type1.ToString();
            info2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, GetFieldInfo(details1).NamedType, selectionSet1, GetFieldInfo(details2).NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private static FieldInfo GetFieldInfo(FieldDetails details) =>
        details.Info ??= new FieldInfo(details.Definition?.Type.NamedType(), details.Node.Arguments);

    private bool SameArguments(FieldInfo info1, FieldInfo info2)
    {
        var arguments1 = info1.Arguments;
        var arguments2 = info2.Arguments;
        if (arguments1.Count == 0)
        {
            return arguments2.Count == 0;
        }

        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        var values2 = info2.Values;
        foreach (var argument1 in arguments1)
        {
            Spend(1);
            if (!values2.TryGetValue(argument1.Name.Value, out var value2) || Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A canonical text of a value literal: object fields sorted, block strings told apart (as graphql-js compares them).</summary>
    private string Stringify(IValueNode value)
    {
        if (!_stringified.TryGetValue(value, out var text))
        {
            var builder = new StringBuilder();
            Write(builder, value);
            text = builder.ToString();
            _stringified[value] = text;
        }

        return text;

        static void Write(StringBuilder builder, IValueNode node)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (node)
            {
                case VariableNode variable:
                    builder.Append("$").Append(variable.Name.Value);
                    break;
                case ObjectValueNode obj:
                    builder.Append('{');
                    var first = true;
                    foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(first ? "" : ",").Append(field.Name.Value).Append(':');
                        Write(builder, field.Value);
                        first = false;
                    }

                    builder.Append('}');
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        builder.Append(i == 0 ? "" : ",");
                        Write(builder, list.Items[i]);
                    }

                    builder.Append(']');
                    break;
                case StringValueNode str:
                    builder.Append(str.Block ? "B" : "S").Append(JsonSerializer.Serialize(str.Value));
                    break;
                case IntValueNode i:
                    builder.Append("I:").Append(i.Value);
                    break;
                case FloatValueNode f:
                    builder.Append("F:").Append(f.Value);
                    break;
                case BooleanValueNode b:
                    builder.Append(b.Value ? "true" : "false");
                    break;
                case EnumValueNode e:
                    builder.Append("E:").Append(e.Value);
                    break;
                default:
                    builder.Append("null");
                    break;
            }
        }
    }

    /// <summary>Two types conflict when no value could have both: different leaf types, or different list/non-null shapes.</summary>
    private bool DoTypesConflict(IType type1, IType type2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.IsLeafType() || type2.IsLeafType())
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private CollectResult CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var result = new CollectResult();
        HashSet<string>? fragmentNames = null;
        CollectFieldsImpl(parentType, selectionSet, result, ref fragmentNames);
        _collected[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsImpl(INamedType? parentType, SelectionSetNode selectionSet, CollectResult result, ref HashSet<string>? fragmentNames)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    OutputField? definition = null;
                    if (parentType is ObjectType or InterfaceType)
                    {
                        ((IComplexOutputType)parentType).Fields.TryGetField(field.Name.Value, out definition);
                    }

                    var responseName = field.ResponseKey;
                    var group = result.GetOrAddGroup(responseName);
                    group.Fields.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if ((fragmentNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(spread.Name.Value))
                    {
                        result.AddFragmentName(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectFieldsImpl(inlineType, inline.SelectionSet, result, ref fragmentNames);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? "" : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    private static List<ISyntaxNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<ISyntaxNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;

            // Locations start with the enclosing field; keep the deepest ones when truncating.
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private void Spend(int cost)
    {
        _budget -= cost;
        if (_budget < 0)
        {
            _context.Abort();
        }
    }

    /// <summary>A pair of fragments compared, exclusively (true) or not; a non-exclusive comparison covers both.</summary>
    private bool PairsHas(string a, string b, bool areMutuallyExclusive) =>
        PairHas(a, b, areMutuallyExclusive) || PairHas(b, a, areMutuallyExclusive);

    private bool PairHas(string a, string b, bool areMutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var map) || !map.TryGetValue(b, out var stored))
        {
            return false;
        }

        return areMutuallyExclusive || stored == areMutuallyExclusive;
    }

    private void PairsAdd(string a, string b, bool areMutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var map))
        {
            map = new Dictionary<string, bool>(StringComparer.Ordinal);
            _comparedFragmentPairs[a] = map;
        }

        map[b] = areMutuallyExclusive;
    }

    private sealed record Conflict(string ResponseName, string Reason, List<ISyntaxNode> Fields1, List<ISyntaxNode> Fields2);

    private sealed class FieldDetails(INamedType? parentType, FieldNode node, OutputField? definition)
    {
        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        /// <summary>No arguments and no selection set: two such fields of one name and type never conflict.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        public FieldInfo? Info { get; set; }
    }

    private sealed class FieldInfo(INamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
    {
        private Dictionary<string, IValueNode>? _values;

        /// <summary>Outcome of comparing with another field (null: no conflict), memoised per field pair.</summary>
        public Dictionary<FieldInfo, string?>? Comparisons { get; set; }

        public INamedType? NamedType { get; } = namedType;

        public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

        public Dictionary<string, IValueNode> Values
        {
            get
            {
                if (_values is null)
                {
                    _values = new Dictionary<string, IValueNode>(StringComparer.Ordinal);
                    foreach (var argument in Arguments)
                    {
                        _values[argument.Name.Value] = argument.Value;
                    }
                }

                return _values;
            }
        }

        public string? TypeString { get; set; }
    }

    /// <summary>The fields of one response name in a collection, and their classes of interchangeable leaves.</summary>
    private sealed class FieldGroup(string responseName)
    {
        private List<FieldClass>? _classes;

        public string ResponseName { get; } = responseName;

        /// <summary>The fields, kept without a list while there is one (the usual case).</summary>
        public FieldList Fields;

        public List<FieldClass> GetClasses()
        {
            if (_classes is not null)
            {
                return _classes;
            }

            _classes = [];
            if (Fields.Count == 1)
            {
                _classes.Add(new FieldClass(Fields[0], 0, Fields[0].IsSimpleLeaf));
                return _classes;
            }

            Dictionary<(INamedType?, string, IType?), FieldClass>? leaves = null;
            Dictionary<(INamedType?, string), FieldClass>? identical = null;
            for (var i = 0; i < Fields.Count; i++)
            {
                var field = Fields[i];
                if (field.IsSimpleLeaf)
                {
                    leaves ??= new(LeafKeyComparer.Instance);
                    var key = (field.ParentType, field.Node.Name.Value, field.Definition?.Type);
                    if (leaves.TryGetValue(key, out var existing))
                    {
                        existing.Members.Add((field, i));
                        continue;
                    }

                    var leafClass = new FieldClass(field, i, isLeafClass: true);
                    leaves[key] = leafClass;
                    _classes.Add(leafClass);
                }
                else
                {
                    // Fields printed alike (arguments and sub-selections included) compare alike.
                    identical ??= new(IdenticalKeyComparer.Instance);
                    var key = (field.ParentType, AstPrinter.Print(field.Node));
                    if (identical.TryGetValue(key, out var existing))
                    {
                        existing.Members.Add((field, i));
                        continue;
                    }

                    var fieldClass = new FieldClass(field, i, isLeafClass: false);
                    identical[key] = fieldClass;
                    _classes.Add(fieldClass);
                }
            }

            return _classes;
        }
    }

    /// <summary>A list that holds its first item inline.</summary>
    private struct FieldList
    {
        private FieldDetails? _first;
        private List<FieldDetails>? _more;

        public readonly int Count => _first is null ? 0 : 1 + (_more?.Count ?? 0);

        public readonly FieldDetails this[int index] => index == 0 ? _first! : _more![index - 1];

        public void Add(FieldDetails field)
        {
            if (_first is null)
            {
                _first = field;
            }
            else
            {
                (_more ??= []).Add(field);
            }
        }
    }

    /// <summary>
    /// Fields of one response name that compare alike with any other field: interchangeable leaf
    /// fields (<see cref="IsLeafClass"/>: same parent type, field and type, no arguments or
    /// selection; they never conflict with each other and their conflicts name just the two
    /// fields), or fields that print identically under the same parent type.
    /// </summary>
    private sealed class FieldClass(FieldDetails representative, int index, bool isLeafClass)
    {
        public FieldDetails Representative { get; } = representative;

        public bool IsLeafClass { get; } = isLeafClass;

        /// <summary>Members with their position in the group (the representative first).</summary>
        public List<(FieldDetails Field, int Index)> Members { get; } = [(representative, index)];

        public int MinIndex => Members[0].Index;

        public int MaxIndex => Members[^1].Index;
    }

    private sealed class CollectResult
    {
        private static readonly List<string> NoFragmentNames = [];
        private Dictionary<string, FieldGroup>? _byName;
        private List<string>? _fragmentNames;

        public List<FieldGroup> Groups { get; } = [];

        public List<string> FragmentNames => _fragmentNames ?? NoFragmentNames;

        public void AddFragmentName(string name) => (_fragmentNames ??= []).Add(name);

        /// <summary>Groups are found by a scan while they are few, by a dictionary beyond that.</summary>
        public bool TryGetGroup(string responseName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FieldGroup? group)
        {
            if (_byName is not null)
            {
                return _byName.TryGetValue(responseName, out group);
            }

            foreach (var candidate in Groups)
            {
                if (candidate.ResponseName == responseName)
                {
                    group = candidate;
                    return true;
                }
            }

            group = null;
            return false;
        }

        public FieldGroup GetOrAddGroup(string responseName)
        {
            if (TryGetGroup(responseName, out var group))
            {
                return group;
            }

            group = new FieldGroup(responseName);
            Groups.Add(group);
            if (_byName is not null)
            {
                _byName[responseName] = group;
            }
            else if (Groups.Count > 8)
            {
                _byName = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
                foreach (var existing in Groups)
                {
                    _byName[existing.ResponseName] = existing;
                }
            }

            return group;
        }

        /// <summary>Fragments compared with these fields: false when compared non-exclusively.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectResult, List<(FieldGroup, FieldGroup)>>? Overlapping { get; set; }
    }

    private sealed class CollectKeyComparer : IEqualityComparer<(INamedType?, SelectionSetNode)>
    {
        public static readonly CollectKeyComparer Instance = new();

        public bool Equals((INamedType?, SelectionSetNode) x, (INamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((INamedType?, SelectionSetNode) obj) =>
            HashCode.Combine(obj.Item1 is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }

    private sealed class IdenticalKeyComparer : IEqualityComparer<(INamedType?, string)>
    {
        public static readonly IdenticalKeyComparer Instance = new();

        public bool Equals((INamedType?, string) x, (INamedType?, string) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((INamedType?, string) obj) =>
            HashCode.Combine(obj.Item1 is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), obj.Item2);
    }

    private sealed class LeafKeyComparer : IEqualityComparer<(INamedType?, string, IType?)>
    {
        public static readonly LeafKeyComparer Instance = new();

        public bool Equals((INamedType?, string, IType?) x, (INamedType?, string, IType?) y) =>
            ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2 && Equals(x.Item3, y.Item3);

        public int GetHashCode((INamedType?, string, IType?) obj) =>
            HashCode.Combine(obj.Item1 is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), obj.Item2, obj.Item3);
    }
}
