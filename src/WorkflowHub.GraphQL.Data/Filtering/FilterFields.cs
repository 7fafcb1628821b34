using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace WorkflowHub.GraphQL.Data.Filtering;

/// <summary>
/// The fields of <typeparamref name="T"/> a client may filter on, and the translation of a coerced
/// <c>where:</c> argument into one predicate that EF Core turns into SQL:
/// <c>{ status: { eq: RUNNING }, or: [{ title: { contains: "water" } }, { createdAt: { gte: "..." } }] }</c>.
/// Fields of one object and operations of one field must all hold; <c>and</c>/<c>or</c> take lists.
/// </summary>
public sealed class FilterFields<T>
{
    private readonly Dictionary<string, LambdaExpression> _fields = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, LambdaExpression> Fields => _fields;

    public FilterFields<T> Field<TValue>(string name, Expression<Func<T, TValue>> member)
    {
        _fields[name] = member;
        return this;
    }

    internal FilterFields<T> Field(string name, LambdaExpression member)
    {
        _fields[name] = member;
        return this;
    }

    /// <summary>Null when the argument asks for nothing.</summary>
    public Expression<Func<T, bool>>? Build(IReadOnlyDictionary<string, object?>? where, string argumentName = "where")
    {
        if (where is null) return null;
        var row = Expression.Parameter(typeof(T), "row");
        var body = Object(where, row, argumentName);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, row);
    }

    private Expression? Object(IReadOnlyDictionary<string, object?> filter, ParameterExpression row, string path)
    {
        Expression? all = null;
        foreach (var (name, value) in filter)
        {
            if (value is null) continue;
            var here = $"{path}.{name}";
            var part = name switch
            {
                FilterOperation.And => Combine(List(value, here), row, here, Expression.AndAlso),
                FilterOperation.Or => Combine(List(value, here), row, here, Expression.OrElse),
                _ when _fields.TryGetValue(name, out var member) => Field(member, Operations(value, here), row, here),
                _ => throw new DataInputException(here, $"Cannot filter on '{name}'. Filterable fields: {string.Join(", ", _fields.Keys)}."),
            };
            if (part is not null) all = all is null ? part : Expression.AndAlso(all, part);
        }
        return all;
    }

    private Expression? Combine(IReadOnlyList<object?> items, ParameterExpression row, string path, Func<Expression, Expression, BinaryExpression> join)
    {
        Expression? result = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not IReadOnlyDictionary<string, object?> item)
                throw new DataInputException($"{path}[{i}]", "Each entry must be a filter object.");
            if (Object(item, row, $"{path}[{i}]") is { } part) result = result is null ? part : join(result, part);
        }
        return result;
    }

    private static Expression? Field(LambdaExpression member, IReadOnlyDictionary<string, object?> operations, ParameterExpression row, string path)
    {
        var target = ParameterRebinder.BodyOn(member, row);
        var allowed = FilterOperation.For(target.Type);
        Expression? all = null;
        foreach (var (operation, value) in operations)
        {
            var here = $"{path}.{operation}";
            if (!allowed.Contains(operation))
                throw new DataInputException(here, $"'{operation}' does not apply here. Use one of: {string.Join(", ", allowed)}.");
            if (value is null && operation is FilterOperation.And or FilterOperation.Or) continue;
            var part = operation switch
            {
                // Operations of one field combined: { title: { or: [{ contains: "a" }, { eq: "b" }] } }.
                FilterOperation.And => CombineOperations(member, List(value, here), row, here, Expression.AndAlso),
                FilterOperation.Or => CombineOperations(member, List(value, here), row, here, Expression.OrElse),
                _ => Operation(target, operation, value, here),
            };
            if (part is null) continue;
            all = all is null ? part : Expression.AndAlso(all, part);
        }
        return all;
    }

    private static Expression? CombineOperations(LambdaExpression member, IReadOnlyList<object?> items, ParameterExpression row, string path,
        Func<Expression, Expression, BinaryExpression> join)
    {
        Expression? result = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (Field(member, Operations(items[i] ?? throw new DataInputException($"{path}[{i}]", "Each entry must be an object of filter operations."), $"{path}[{i}]"), row, $"{path}[{i}]") is { } part)
                result = result is null ? part : join(result, part);
        }
        return result;
    }

    private static Expression Operation(Expression target, string operation, object? value, string path)
    {
        switch (operation)
        {
            case FilterOperation.Eq: return Expression.Equal(target, Value(value, target.Type, path));
            case FilterOperation.Neq: return Expression.NotEqual(target, Value(value, target.Type, path));
            case FilterOperation.In: return InList(target, value, path);
            case FilterOperation.Nin: return Expression.Not(InList(target, value, path));
        }
        if (value is null) throw new DataInputException(path, $"'{operation}' needs a value, not null.");
        var operand = Value(value, target.Type, path);
        return operation switch
        {
            FilterOperation.Gt => Expression.GreaterThan(target, operand),
            FilterOperation.Gte => Expression.GreaterThanOrEqual(target, operand),
            FilterOperation.Lt => Expression.LessThan(target, operand),
            FilterOperation.Lte => Expression.LessThanOrEqual(target, operand),
            FilterOperation.NGt => Expression.Not(Expression.GreaterThan(target, operand)),
            FilterOperation.NGte => Expression.Not(Expression.GreaterThanOrEqual(target, operand)),
            FilterOperation.NLt => Expression.Not(Expression.LessThan(target, operand)),
            FilterOperation.NLte => Expression.Not(Expression.LessThanOrEqual(target, operand)),
            FilterOperation.Contains => Text(target, nameof(string.Contains), operand),
            FilterOperation.NContains => Expression.Not(Text(target, nameof(string.Contains), operand)),
            FilterOperation.StartsWith => Text(target, nameof(string.StartsWith), operand),
            FilterOperation.NStartsWith => Expression.Not(Text(target, nameof(string.StartsWith), operand)),
            FilterOperation.EndsWith => Text(target, nameof(string.EndsWith), operand),
            FilterOperation.NEndsWith => Expression.Not(Text(target, nameof(string.EndsWith), operand)),
            _ => throw new DataInputException(path, $"Unknown filter operation '{operation}'."),
        };
    }

    // A null column never contains anything, so the test is guarded rather than left to the database.
    private static Expression Text(Expression target, string method, Expression operand) =>
        Expression.AndAlso(Expression.NotEqual(target, Expression.Constant(null, typeof(string))),
            Expression.Call(target, typeof(string).GetMethod(method, [typeof(string)])!, operand));

    private static Expression InList(Expression target, object? value, string path)
    {
        var items = List(value, path);
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(target.Type))!;
        for (var i = 0; i < items.Count; i++) list.Add(Convert(items[i], target.Type, $"{path}[{i}]"));
        var contains = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(target.Type);
        return Expression.Call(contains, CapturedValue.Of(list, list.GetType()), target);
    }

    private static Expression Value(object? value, Type type, string path) => CapturedValue.Of(Convert(value, type, path), type);


    private static IReadOnlyList<object?> List(object? value, string path) => value switch
    {
        null => throw new DataInputException(path, "A list is needed here, not null."),
        string => throw new DataInputException(path, "A list is needed here."),
        IEnumerable items => items.Cast<object?>().ToList(),
        _ => throw new DataInputException(path, "A list is needed here."),
    };

    private static IReadOnlyDictionary<string, object?> Operations(object value, string path) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new DataInputException(path, "An object of filter operations is needed here, such as { eq: ... }.");

    private static object? Convert(object? value, Type type, string path)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null)
            return underlying is not null || !type.IsValueType ? null : throw new DataInputException(path, "This field is never null; give a value.");
        var target = underlying ?? type;
        try
        {
            if (target.IsInstanceOfType(value)) return value;
            if (target.IsEnum && value is string name) return EnumValue(target, name, path);
            if (target == typeof(Guid)) return Guid.Parse(value.ToString()!);
            if (target == typeof(DateTimeOffset))
                return value is DateTime dt ? new DateTimeOffset(dt) : DateTimeOffset.Parse(value.ToString()!, CultureInfo.InvariantCulture);
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new DataInputException(path, $"'{value}' is not a valid {target.Name} here.");
        }
    }

    // GraphQL enum values are SCREAMING_SNAKE_CASE (IN_PROGRESS); CLR members are PascalCase (InProgress).
    private static object EnumValue(Type type, string name, string path)
    {
        var wanted = name.Replace("_", "");
        foreach (var member in Enum.GetNames(type))
            if (string.Equals(member, wanted, StringComparison.OrdinalIgnoreCase)) return Enum.Parse(type, member);
        throw new DataInputException(path, $"'{name}' is not one of: {string.Join(", ", Enum.GetNames(type).Select(GraphQLName))}.");
    }

    private static string GraphQLName(string member) =>
        string.Concat(member.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
