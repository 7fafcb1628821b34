using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>How the fields of a code-first input object map to the properties of its runtime type.</summary>
internal sealed class InputObjectBinding(Type runtimeType, IReadOnlyList<(InputField Field, PropertyInfo Property)> fields)
{
    public Type RuntimeType { get; } = runtimeType;

    public IReadOnlyList<(InputField Field, PropertyInfo Property)> Fields { get; } = fields;
}

/// <summary>
/// Converts coerced GraphQL input values (dictionaries, lists, scalars) into the CLR type a resolver
/// parameter or input property declares. Conversions are planned once per target; input objects are
/// built through compiled constructors and setters.
/// </summary>
internal static class InputValueConverter
{
    public static Func<object?, object?> Create(Type target, IType graphType, Func<InputObjectType, InputObjectBinding?> bindings)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        var inner = graphType.NullableType();
        if (type == typeof(object))
        {
            return static value => value;
        }

        if (inner is ListType list && ClrTypeShape.ElementType(type) is { } elementType)
        {
            return ListConverter(type, elementType, Create(elementType, list.OfType, bindings));
        }

        if (inner is InputObjectType inputObject && bindings(inputObject) is { } binding && type.IsAssignableFrom(binding.RuntimeType))
        {
            return ObjectConverter(binding, bindings);
        }

        return value => value is null || type.IsInstanceOfType(value) ? value : Leaf(value, type);
    }

    private static object Leaf(object value, Type type)
    {
        if (type == typeof(DateTime) && value is DateTimeOffset offset)
        {
            return offset.UtcDateTime;
        }

        if (type == typeof(DateTimeOffset) && value is DateTime dateTime)
        {
            return new DateTimeOffset(dateTime);
        }

        return ValueConverter.ConvertTo(value, type);
    }

    private static Func<object?, object?> ListConverter(Type listType, Type elementType, Func<object?, object?> convertItem)
    {
        var makeList = typeof(InputValueConverter).GetMethod(nameof(MakeList), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(elementType);
        var build = (Func<IEnumerable, Func<object?, object?>, bool, object>)makeList.CreateDelegate(typeof(Func<IEnumerable, Func<object?, object?>, bool, object>));
        var asArray = listType.IsArray;
        var asSet = listType.IsGenericType && (listType.GetGenericTypeDefinition() == typeof(ISet<>) || listType.GetGenericTypeDefinition() == typeof(HashSet<>) ||
                                              listType.GetGenericTypeDefinition() == typeof(IReadOnlySet<>));
        return value => value switch
        {
            null => null,
            _ when listType.IsInstanceOfType(value) && value is not string => value,
            IEnumerable items when value is not string => asSet ? MakeSet(build(items, convertItem, false), elementType) : build(items, convertItem, asArray),
            _ => build(new[] { value }, convertItem, asArray),
        };
    }

    private static object MakeList<T>(IEnumerable items, Func<object?, object?> convertItem, bool asArray)
    {
        var list = new List<T>();
        foreach (var item in items)
        {
            list.Add((T)convertItem(item)!);
        }

        return asArray ? list.ToArray() : list;
    }

    private static object MakeSet(object list, Type elementType) =>
        Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(elementType), list)!;

    private static Func<object?, object?> ObjectConverter(InputObjectBinding binding, Func<InputObjectType, InputObjectBinding?> bindings)
    {
        var plan = new Lazy<ObjectPlan>(() => ObjectPlan.Create(binding, bindings));
        return value => value switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> fields => plan.Value.Build(fields),
            _ when binding.RuntimeType.IsInstanceOfType(value) => value,
            _ => throw new InvalidCastException($"Cannot build a {binding.RuntimeType.Name} from a {value.GetType().Name}."),
        };
    }

    /// <summary>Builds one runtime type: a constructor (parameterless, or taking fields by name), then setters for the other given fields.</summary>
    private sealed class ObjectPlan
    {
        private readonly Func<object?[], object> _construct = null!;
        private readonly (string Name, Func<object?, object?> Convert, bool HasDefault)[] _constructorFields = [];
        private readonly (string Name, Func<object?, object?> Convert, Action<object, object?> Set)[] _setters = [];

        private ObjectPlan(Func<object?[], object> construct, (string, Func<object?, object?>, bool)[] constructorFields,
            (string, Func<object?, object?>, Action<object, object?>)[] setters)
        {
            _construct = construct;
            _constructorFields = constructorFields;
            _setters = setters;
        }

        public static ObjectPlan Create(InputObjectBinding binding, Func<InputObjectType, InputObjectBinding?> bindings)
        {
            var type = binding.RuntimeType;
            var byProperty = binding.Fields.ToDictionary(f => f.Property.Name, StringComparer.OrdinalIgnoreCase);
            var constructor = type.GetConstructor(Type.EmptyTypes)
                              ?? type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                              ?? (type.IsValueType ? null : throw new InvalidOperationException($"{type.Name} has no public constructor to build input values with."));
            var parameters = constructor?.GetParameters() ?? [];
            var constructorFields = new List<(string, Func<object?, object?>, bool)>();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var parameter in parameters)
            {
                if (!byProperty.TryGetValue(parameter.Name!, out var field))
                {
                    throw new InvalidOperationException($"Constructor parameter '{parameter.Name}' of {type.Name} matches no input field.");
                }

                taken.Add(field.Field.Name);
                constructorFields.Add((field.Field.Name, InputValueConverter.Create(parameter.ParameterType, field.Field.Type, bindings), field.Field.HasDefaultValue));
            }

            var setters = binding.Fields.Where(f => !taken.Contains(f.Field.Name) && f.Property.SetMethod is { IsPublic: true })
                .Select(f => (f.Field.Name, InputValueConverter.Create(f.Property.PropertyType, f.Field.Type, bindings), Setter(f.Property)))
                .ToArray();
            return new ObjectPlan(Constructor(type, constructor), constructorFields.ToArray(), setters);
        }

        public object Build(IReadOnlyDictionary<string, object?> fields)
        {
            var arguments = new object?[_constructorFields.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                var (name, convert, _) = _constructorFields[i];
                arguments[i] = fields.TryGetValue(name, out var value) ? convert(value) : null;
            }

            var instance = _construct(arguments);
            foreach (var (name, convert, set) in _setters)
            {
                if (fields.TryGetValue(name, out var value))
                {
                    set(instance, convert(value));
                }
            }

            return instance;
        }

        private static Func<object?[], object> Constructor(Type type, ConstructorInfo? constructor)
        {
            var arguments = Expression.Parameter(typeof(object?[]), "arguments");
            Expression create = constructor is null
                ? Expression.New(type)
                : Expression.New(constructor, constructor.GetParameters().Select((p, i) =>
                    (Expression)Expression.Call(typeof(ObjectPlan), nameof(Unbox), [p.ParameterType], Expression.ArrayIndex(arguments, Expression.Constant(i)))));
            return Expression.Lambda<Func<object?[], object>>(Expression.Convert(create, typeof(object)), arguments).Compile();
        }

        private static T Unbox<T>(object? value) => value is null ? default! : (T)value;

        private static Action<object, object?> Setter(PropertyInfo property)
        {
            var instance = Expression.Parameter(typeof(object), "instance");
            var value = Expression.Parameter(typeof(object), "value");
            var assign = Expression.Assign(
                Expression.Property(Expression.Convert(instance, property.DeclaringType!), property),
                Expression.Call(typeof(ObjectPlan), nameof(Unbox), [property.PropertyType], value));
            return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
        }
    }
}
