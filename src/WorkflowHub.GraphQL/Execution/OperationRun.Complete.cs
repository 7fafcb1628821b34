using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Execution.Results;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Execution;

internal sealed partial class OperationRun
{
    /// <summary>
    /// CompleteValue into slot <paramref name="slot"/> of <paramref name="node"/>. A null or error in a
    /// non-null position removes <paramref name="node"/> itself (see <see cref="RemoveNode"/>).
    /// </summary>
    private void CompleteValue(IType type, FieldPlan plan, ObjectType parentType, object? result, ResultNode node, int slot, FieldContext? context)
    {
        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            nonNull = true;
            type = nonNullType.OfType;
        }

        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            if (nonNull)
            {
                RaiseError(new GraphQLError(
                    $"Cannot return null for non-nullable field {plan.ParentType.Name}.{plan.Field.Name}.",
                    plan.Locations,
                    ResultPaths.Of(node, slot)), node, slot, true);
            }
            else
            {
                node.SetSlot(slot, null);
            }

            return;
        }

        if (result is Exception exception)
        {
            FieldError(exception, plan, node, slot, nonNull);
            return;
        }

        switch (type)
        {
            case ILeafType leaf:
                CompleteLeaf(leaf, plan, result, node, slot, nonNull);
                return;
            case ListType list:
                CompleteList(list, plan, parentType, result, node, slot, nonNull, context);
                return;
            case ObjectType objectType:
                CompleteObject(objectType, plan, result, node, slot, nonNull, context);
                return;
            case IAbstractType abstractType:
                CompleteAbstract(abstractType, plan, parentType, result, node, slot, nonNull, context);
                return;
        }
    }

    private void CompleteLeaf(ILeafType leaf, FieldPlan plan, object result, ResultNode node, int slot, bool nonNull)
    {
        // The built-in scalars keep values that are already of their kind (no re-boxing).
        if ((result is string && (ReferenceEquals(leaf, BuiltInScalars.String) || ReferenceEquals(leaf, BuiltInScalars.ID))) ||
            (result is int && ReferenceEquals(leaf, BuiltInScalars.Int)) ||
            (result is bool && ReferenceEquals(leaf, BuiltInScalars.Boolean)) ||
            (result is double d && double.IsFinite(d) && ReferenceEquals(leaf, BuiltInScalars.Float)))
        {
            node.SetSlot(slot, result);
            return;
        }

        object? serialized;
        try
        {
            serialized = leaf.Serialize(result switch
            {
                JsonElement element => DefaultFieldResolver.FromJson(element),
                JsonValue jsonValue => DefaultFieldResolver.FromJson(jsonValue),
                _ => result,
            });
        }
        catch (Exception e) when (!IsOwnCancellation(e))
        {
            FieldError(e, plan, node, slot, nonNull);
            return;
        }

        if (serialized is null)
        {
            RaiseError(new GraphQLError(
                $"Expected `{leaf.Name}.serialize({Inspect.Format(result)})` to return non-nullable value, returned: null",
                plan.Locations,
                ResultPaths.Of(node, slot)), node, slot, nonNull);
            return;
        }

        node.SetSlot(slot, serialized);
    }

    private void CompleteList(ListType listType, FieldPlan plan, ObjectType parentType, object result, ResultNode node, int slot, bool nonNull, FieldContext? context)
    {
        IEnumerable? items = result switch
        {
            string or IDictionary or IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or JsonObject => null,
            JsonElement { ValueKind: JsonValueKind.Array } element => JsonItems(element),
            JsonElement => null,
            JsonArray array => JsonItems(array),
            IEnumerable enumerable => enumerable,
            _ => null,
        };
        if (items is null && Scheduling.AsyncStreams.TryAdapt(result, out var stream))
        {
            // An asynchronous sequence (e.g. from EF Core) is read to the end, then completed as a list.
            EnsureAsyncReady();
            AwaitItem(ReadAllAsync(stream, CancellationToken), nonNull ? new NonNullType(listType) : listType, plan, parentType, node, slot, context);
            return;
        }

        if (items is null)
        {
            RaiseError(new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{plan.ParentType.Name}.{plan.Field.Name}\".",
                plan.Locations,
                ResultPaths.Of(node, slot)), node, slot, nonNull);
            return;
        }

        var list = new ResultList(items is ICollection collection ? collection.Count : 0);
        list.AttachTo(node, slot, nonNull);
        node.SetSlot(slot, list);
        var itemType = listType.OfType;
        IEnumerator enumerator;
        try
        {
            enumerator = items.GetEnumerator();
        }
        catch (Exception e) when (!IsOwnCancellation(e))
        {
            FieldError(e, plan, node, slot, nonNull);
            return;
        }

        try
        {
            while (true)
            {
                object? item;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }

                    item = enumerator.Current;
                }
                catch (Exception e) when (!IsOwnCancellation(e))
                {
                    FieldError(e, plan, node, slot, nonNull);
                    return;
                }

                var index = list.AddSlot();
                CompleteItem(itemType, plan, parentType, item, list, index, context);
                if (list.IsDead)
                {
                    return;
                }
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }

    /// <summary>A list item may itself be a task (e.g. a list of DataLoader loads).</summary>
    private void CompleteItem(IType itemType, FieldPlan plan, ObjectType parentType, object? item, ResultList list, int index, FieldContext? context)
    {
        if (Scheduling.Awaitables.IsAwaitable(item))
        {
            EnsureAsyncReady();
            ValueTask<object?> pending;
            try
            {
                pending = Scheduling.Awaitables.ToValueTask(item!);
            }
            catch (Exception e) when (!IsOwnCancellation(e))
            {
                FieldError(e, plan, list, index, itemType is NonNullType);
                return;
            }

            if (!pending.IsCompletedSuccessfully)
            {
                AwaitItem(pending, itemType, plan, parentType, list, index, context);
                return;
            }

            item = pending.Result;
        }

        CompleteValue(itemType, plan, parentType, item, list, index, context);
    }

    private void CompleteObject(ObjectType type, FieldPlan plan, object result, ResultNode node, int slot, bool nonNull, FieldContext? context)
    {
        SelectionPlan childPlan;
        try
        {
            if (type.IsOfType is { } isOfType && !isOfType(context ?? ContextFor(plan, node, slot), result))
            {
                RaiseError(new GraphQLError(
                    $"Expected value of type \"{type.Name}\" but got: {Inspect.Format(result)}.",
                    plan.Locations,
                    ResultPaths.Of(node, slot)), node, slot, nonNull);
                return;
            }

            childPlan = plan.ChildPlan(type);
        }
        catch (Exception e) when (!IsOwnCancellation(e))
        {
            FieldError(e, plan, node, slot, nonNull);
            return;
        }

        var map = new ResultMap(childPlan.Keys);
        map.AttachTo(node, slot, nonNull);
        node.SetSlot(slot, map);
        ExecuteFields(type, result, childPlan, map);
    }

    private void CompleteAbstract(IAbstractType abstractType, FieldPlan plan, ObjectType parentType, object result, ResultNode node, int slot, bool nonNull, FieldContext? context)
    {
        ObjectType? runtimeType;
        try
        {
            runtimeType = abstractType.ResolveType?.Invoke(context ?? ContextFor(plan, node, slot), result);
        }
        catch (Exception e) when (!IsOwnCancellation(e))
        {
            FieldError(e, plan, node, slot, nonNull);
            return;
        }

        string? problem = null;
        if (runtimeType is null)
        {
            var typeName = DefaultTypeResolver.ReadTypeName(result);
            problem = typeName is null
                ? $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{plan.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."
                : Schema.GetType(typeName) is null
                    ? $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."
                    : Schema.GetType(typeName) is not ObjectType
                        ? $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\"."
                        : $"Runtime Object type \"{typeName}\" is not a possible type for \"{abstractType.Name}\".";
        }
        else if (!Schema.IsSubType(abstractType, runtimeType))
        {
            problem = $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".";
        }

        if (problem is not null)
        {
            RaiseError(new GraphQLError(problem, plan.Locations, ResultPaths.Of(node, slot)), node, slot, nonNull);
            return;
        }

        CompleteObject(runtimeType!, plan, result, node, slot, nonNull, context);
    }

    /// <summary>A context for type checks of fields that did not need one to resolve (default resolver).</summary>
    private FieldContext ContextFor(FieldPlan plan, ResultNode node, int slot) =>
        new(this, plan.ParentType, plan, null, ArgumentLiterals.None, node, slot);

    private static async ValueTask<object?> ReadAllAsync(IAsyncEnumerable<object?> stream, CancellationToken cancellationToken)
    {
        var items = new List<object?>();
        await foreach (var item in stream.WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    private static IEnumerable<object?> JsonItems(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            yield return DefaultFieldResolver.FromJson(item);
        }
    }

    private static IEnumerable<object?> JsonItems(JsonArray array)
    {
        foreach (var item in array)
        {
            yield return DefaultFieldResolver.FromJson(item);
        }
    }
}
