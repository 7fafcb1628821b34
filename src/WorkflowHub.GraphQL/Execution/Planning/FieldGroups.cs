using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Introspection;

namespace WorkflowHub.GraphQL.Execution.Planning;

/// <summary>Field nodes grouped by response key, keys in first-seen order.</summary>
internal sealed class FieldGroups
{
    private readonly List<string> _keys = [];
    private readonly List<List<FieldNode>> _nodes = [];
    private Dictionary<string, int>? _index;

    public void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        var position = IndexOf(key);
        if (position >= 0)
        {
            _nodes[position].Add(field);
            return;
        }

        _keys.Add(key);
        _nodes.Add([field]);
        if (_index is not null)
        {
            _index[key] = _keys.Count - 1;
        }
        else if (_keys.Count > 8)
        {
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _keys.Count; i++)
            {
                _index[_keys[i]] = i;
            }
        }
    }

    public SelectionPlan ToPlan(PlanContext context, ObjectType type)
    {
        if (_keys.Count == 0)
        {
            return SelectionPlan.Empty;
        }

        var keys = new List<string>(_keys.Count);
        var fields = new List<FieldPlan>(_keys.Count);
        for (var i = 0; i < _keys.Count; i++)
        {
            var nodes = _nodes[i];
            var fieldName = nodes[0].Name.Value;
            OutputField? definition;
            var isTypeName = false;
            switch (fieldName)
            {
                case "__typename":
                    definition = IntrospectionTypes.TypeNameField;
                    isTypeName = true;
                    break;
                case "__schema" when ReferenceEquals(type, context.Schema.QueryType):
                    definition = IntrospectionTypes.SchemaField;
                    break;
                case "__type" when ReferenceEquals(type, context.Schema.QueryType):
                    definition = IntrospectionTypes.TypeField;
                    break;
                default:
                    type.Fields.TryGetField(fieldName, out definition);
                    break;
            }

            if (definition is null)
            {
                continue;
            }

            keys.Add(_keys[i]);
            fields.Add(new FieldPlan(context, type, _keys[i], nodes.ToArray(), definition, isTypeName));
        }

        return new SelectionPlan(keys.ToArray(), fields.ToArray());
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var position) ? position : -1;
        }

        for (var i = 0; i < _keys.Count; i++)
        {
            if (_keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }
}
