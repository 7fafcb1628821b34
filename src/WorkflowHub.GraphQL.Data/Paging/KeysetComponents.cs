using System.Collections.Concurrent;
using System.Linq.Expressions;
using WorkflowHub.GraphQL.Data.Sorting;

namespace WorkflowHub.GraphQL.Data.Paging;

/// <summary>
/// The columns a keyset page is ordered and compared by. A key that can be null is preceded by an
/// "is null" flag, so that nulls sort last ascending (first descending) on every database and the
/// comparison never has to reason about SQL's null ordering.
/// </summary>
internal sealed class KeysetComponents<T>
{
    public sealed record Component(LambdaExpression Typed, Type ValueType, SortDirection Direction, Func<T, object?> Read);

    // Reading a row's cursor values needs compiled delegates; compiling them on every request cost
    // more than the rest of the paging. Sort keys are the SortFields' own lambdas, so they key a cache.
    private static readonly ConcurrentDictionary<(LambdaExpression Key, bool NullFlag), Func<T, object?>> Readers = new();

    public ParameterExpression Row { get; } = Expression.Parameter(typeof(T), "row");
    public IReadOnlyList<Component> Items { get; }

    public KeysetComponents(IReadOnlyList<SortKey> keys)
    {
        var items = new List<Component>();
        foreach (var key in keys)
        {
            var body = ParameterRebinder.BodyOn(key.Key, Row);
            if (CanBeNull(body.Type))
            {
                var isNull = Expression.Condition(Expression.Equal(body, Expression.Constant(null, body.Type)), Expression.Constant(1), Expression.Constant(0));
                items.Add(Make(isNull, key.Direction, key.Key, nullFlag: true));
            }
            items.Add(Make(body, key.Direction, key.Key, nullFlag: false));
        }
        Items = items;
    }

    private Component Make(Expression body, SortDirection direction, LambdaExpression key, bool nullFlag)
    {
        var read = Readers.GetOrAdd((key, nullFlag), _ => Expression.Lambda<Func<T, object?>>(Expression.Convert(body, typeof(object)), Row).Compile());
        return new Component(Expression.Lambda(body, Row), body.Type, direction, read);
    }

    public IOrderedQueryable<T> OrderBy(IQueryable<T> source, bool reverse)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var c in Items)
        {
            var descending = (c.Direction == SortDirection.Desc) ^ reverse;
            var method = (ordered is null, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(typeof(Queryable), method, [typeof(T), c.ValueType], (ordered ?? source).Expression, Expression.Quote(c.Typed));
            ordered = (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
        }
        return ordered ?? throw new InvalidOperationException("A keyset page needs at least one sort key.");
    }

    /// <summary>Rows strictly after (or before) the row whose key values are given, in this order.</summary>
    public Expression<Func<T, bool>> Beyond(object?[] values, bool after)
    {
        Expression? any = null;
        for (var i = 0; i < Items.Count; i++)
        {
            Expression? all = null;
            for (var j = 0; j < i; j++) all = And(all, Equal(Items[j], values[j]));
            var forward = (Items[i].Direction == SortDirection.Asc) == after;
            var strict = Compare(Items[i], values[i], greater: forward);
            any = Or(any, And(all, strict));
        }
        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), Row);
    }

    public object?[] ValuesOf(T row) => Items.Select(c => c.Read(row)).ToArray();

    public IReadOnlyList<Type> ValueTypes => Items.Select(c => c.ValueType).ToList();

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);
    private static Expression Or(Expression? left, Expression right) => left is null ? right : Expression.OrElse(left, right);

    private static Expression Equal(Component c, object? value) =>
        value is null ? Expression.Equal(c.Typed.Body, Expression.Constant(null, c.ValueType)) : Expression.Equal(c.Typed.Body, CapturedValue.Of(value, c.ValueType));

    private static Expression Compare(Component c, object? value, bool greater)
    {
        // Among rows whose "is null" flag matches a null value there is nothing strictly beyond.
        if (value is null) return Expression.Constant(false);
        var body = c.Typed.Body;
        var type = Nullable.GetUnderlyingType(body.Type) ?? body.Type;
        if (type != body.Type) body = Expression.Convert(body, type);
        var constant = CapturedValue.Of(value, type);
        if (type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, body, constant);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }
        if (HasOrdering(type)) return greater ? Expression.GreaterThan(body, constant) : Expression.LessThan(body, constant);
        var compareTo = type.GetMethod(nameof(IComparable.CompareTo), [type])
                        ?? throw new DataInputException("order", $"Values of type {type.Name} cannot be used as a sort key.");
        var call = Expression.Call(body, compareTo, constant);
        return greater ? Expression.GreaterThan(call, Expression.Constant(0)) : Expression.LessThan(call, Expression.Constant(0));
    }

    private static bool HasOrdering(Type type) =>
        type.IsPrimitive || type == typeof(decimal) || type.GetMethod("op_GreaterThan", [type, type]) is not null;

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
