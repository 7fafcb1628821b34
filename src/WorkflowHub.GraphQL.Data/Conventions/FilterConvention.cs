using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data.Filtering;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data;

/// <summary>
/// The <c>where:</c> argument of a node type, with HotChocolate's type names and shapes:
/// <c>TicketFilterInput { and or title: StringOperationFilterInput priority: ComparableInt32OperationFilterInput ... }</c>.
/// </summary>
internal sealed class FilterConvention<T>(FilterFields<T> fields, InputObjectType inputType)
{
    public FilterFields<T> Fields { get; } = fields;

    public InputObjectType InputType { get; } = inputType;
}

internal static class FilterConvention
{
    public static FilterConvention<T> Create<T>(ICodeFirstTypes types, INamedType node)
    {
        var fields = new FilterFields<T>();
        var operations = new List<(string Name, InputObjectType Type)>();
        foreach (var (name, property, selector) in ConventionMembers.Of<T>())
        {
            if (ConventionMembers.IsOrderable(property.PropertyType) && OperationInput(types, property.PropertyType) is { } operationType)
            {
                fields.Field(name, selector);
                operations.Add((name, operationType));
            }
        }

        var inputName = node.Name + "FilterInput";
        var input = types.GetOrAdd(inputName, () =>
        {
            var created = new InputObjectType(inputName);
            created.AddField(new InputField("and", new ListType(new NonNullType(created))));
            created.AddField(new InputField("or", new ListType(new NonNullType(created))));
            foreach (var (name, type) in operations)
            {
                created.AddField(new InputField(name, type));
            }

            return created;
        });
        return new FilterConvention<T>(fields, input);
    }

    private static InputObjectType? OperationInput(ICodeFirstTypes types, Type clr)
    {
        var underlying = Nullable.GetUnderlyingType(clr);
        var type = underlying ?? clr;
        if (type == typeof(string))
        {
            return types.GetOrAdd("StringOperationFilterInput", () =>
            {
                var input = new InputObjectType("StringOperationFilterInput");
                var text = types.Scalar("String");
                input.AddField(new InputField("and", new ListType(new NonNullType(input))));
                input.AddField(new InputField("or", new ListType(new NonNullType(input))));
                Add(input, text, FilterOperation.Eq, FilterOperation.Neq, FilterOperation.Contains, FilterOperation.NContains);
                AddList(input, text, FilterOperation.In, FilterOperation.Nin);
                Add(input, text, FilterOperation.StartsWith, FilterOperation.NStartsWith, FilterOperation.EndsWith, FilterOperation.NEndsWith);
                return input;
            });
        }

        if (type == typeof(bool))
        {
            return types.GetOrAdd("BooleanOperationFilterInput", () =>
                Add(new InputObjectType("BooleanOperationFilterInput"), types.Scalar("Boolean"), FilterOperation.Eq, FilterOperation.Neq));
        }

        if (type == typeof(Guid))
        {
            return Equality(types, "UuidOperationFilterInput", types.Scalar("UUID"), nonNullItems: false);
        }

        if (type.IsEnum)
        {
            var enumType = (EnumType)types.ResolveOutput(TypeReference.Create(ClrTypeShape.Of(type))).NamedType();
            return Equality(types, enumType.Name + "OperationFilterInput", enumType, nonNullItems: true);
        }

        var (clrName, scalar) = type switch
        {
            _ when type == typeof(int) => ("Int32", "Int"),
            _ when type == typeof(short) => ("Int16", "Int"),
            _ when type == typeof(long) => ("Int64", "Long"),
            _ when type == typeof(double) => ("Double", "Float"),
            _ when type == typeof(float) => ("Single", "Float"),
            _ when type == typeof(decimal) => ("Decimal", "Float"),
            _ when type == typeof(DateTimeOffset) => ("DateTimeOffset", "DateTime"),
            _ when type == typeof(DateTime) => ("DateTime", "DateTime"),
            _ => (null, null),
        };
        if (clrName is null)
        {
            return null;
        }

        var name = "Comparable" + (underlying is null ? "" : "NullableOf") + clrName + "OperationFilterInput";
        return types.GetOrAdd(name, () =>
        {
            var input = new InputObjectType(name);
            var leaf = types.Scalar(scalar!);
            Add(input, leaf, FilterOperation.Eq, FilterOperation.Neq);
            AddList(input, underlying is null ? new NonNullType(leaf) : leaf, FilterOperation.In, FilterOperation.Nin);
            Add(input, leaf, FilterOperation.Gt, FilterOperation.NGt, FilterOperation.Gte, FilterOperation.NGte,
                FilterOperation.Lt, FilterOperation.NLt, FilterOperation.Lte, FilterOperation.NLte);
            return input;
        });
    }

    private static InputObjectType Equality(ICodeFirstTypes types, string name, ILeafType leaf, bool nonNullItems) =>
        types.GetOrAdd(name, () =>
        {
            var input = new InputObjectType(name);
            Add(input, leaf, FilterOperation.Eq, FilterOperation.Neq);
            return AddList(input, nonNullItems ? new NonNullType(leaf) : leaf, FilterOperation.In, FilterOperation.Nin);
        });

    private static InputObjectType Add(InputObjectType input, IInputType type, params string[] operations)
    {
        foreach (var operation in operations)
        {
            input.AddField(new InputField(operation, type));
        }

        return input;
    }

    private static InputObjectType AddList(InputObjectType input, IInputType item, params string[] operations) =>
        Add(input, new ListType(item), operations);
}
