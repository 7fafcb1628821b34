using System.Collections;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Introspection;

namespace WorkflowHub.GraphQL.Tests.Support;

/// <summary>
/// A tiny synchronous executor for tests of the schema model and its resolvers (the real
/// executor lives elsewhere): literal arguments, fragments, lists, non-null, abstract types.
/// </summary>
internal sealed class MiniExecutor(Schema schema, DocumentNode document)
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments =
        document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);

    public static Dictionary<string, object?> Execute(Schema schema, string query, object? rootValue = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return new MiniExecutor(schema, document).ExecuteSelectionSet(
            operation.SelectionSet, schema.GetRootType(operation.Operation)!, rootValue, null, operation);
    }

    private Dictionary<string, object?> ExecuteSelectionSet(
        SelectionSetNode selectionSet, ObjectType type, object? parent, ResponsePath? path, OperationDefinitionNode operation)
    {
        var result = new Dictionary<string, object?>();
        foreach (var field in CollectFields(type, selectionSet))
        {
            var key = field.ResponseKey;
            var definition = field.Name.Value switch
            {
                "__typename" => IntrospectionTypes.TypeNameField,
                "__schema" => IntrospectionTypes.SchemaField,
                "__type" => IntrospectionTypes.TypeField,
                var name => type.Fields[name],
            };
            var fieldPath = path?.Append(key) ?? ResponsePath.Root(key);
            var context = new ResolverContext
            {
                Schema = schema,
                ObjectType = type,
                Field = definition,
                Selection = field,
                Operation = operation,
                ParentValue = parent,
                Arguments = CoerceArguments(definition, field),
                Path = fieldPath,
            };
            var value = definition.SyncResolver is { } sync
                ? sync(context)
                : definition.Resolver!(context).AsTask().GetAwaiter().GetResult();
            result[key] = Complete(value, definition.Type, field, fieldPath, operation, context);
        }

        return result;
    }

    private object? Complete(object? value, IType type, FieldNode field, ResponsePath path, OperationDefinitionNode operation, ResolverContext context)
    {
        if (type is NonNullType nonNull)
        {
            return Complete(value, nonNull.OfType, field, path, operation, context)
                   ?? throw new InvalidOperationException($"Cannot return null for non-nullable field at {path}.");
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                var items = new List<object?>();
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    items.Add(Complete(item, list.OfType, field, path.Append(index++), operation, context));
                }

                return items;
            case ILeafType leaf:
                return leaf.Serialize(value);
            case ObjectType obj:
                return ExecuteSelectionSet(field.SelectionSet!, obj, value, path, operation);
            case IAbstractType abstractType:
                var runtimeType = abstractType.ResolveType!(context, value)
                                  ?? throw new InvalidOperationException($"Cannot resolve the type of {abstractType.Name} at {path}.");
                return ExecuteSelectionSet(field.SelectionSet!, runtimeType, value, path, operation);
            default:
                throw new InvalidOperationException($"Unexpected type {type}.");
        }
    }

    private static Dictionary<string, object?> CoerceArguments(OutputField definition, FieldNode field)
    {
        var values = new Dictionary<string, object?>();
        foreach (var argument in definition.Arguments)
        {
            var literal = field.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name)?.Value ?? argument.DefaultValue;
            if (literal is not null)
            {
                values[argument.Name] = literal is NullValueNode ? null : ((ILeafType)argument.Type.NamedType()).ParseLiteral(literal);
            }
        }

        return values;
    }

    private IEnumerable<FieldNode> CollectFields(ObjectType type, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return field;
                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(type, inline.TypeCondition.Name.Value):
                    foreach (var inner in CollectFields(type, inline.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
                case FragmentSpreadNode spread when Applies(type, _fragments[spread.Name.Value].TypeCondition.Name.Value):
                    foreach (var inner in CollectFields(type, _fragments[spread.Name.Value].SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private bool Applies(ObjectType type, string condition) =>
        condition == type.Name || (schema.GetType(condition) is IAbstractType abstractType && schema.IsSubType(abstractType, type));
}
