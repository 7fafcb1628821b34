using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// Normalises default value literals the way graphql-js shows them (<c>astFromValue(valueFromAST(literal))</c>):
/// Float <c>1.0</c> becomes <c>1</c>, an ID <c>"4"</c> becomes <c>4</c>, a single value for a list type
/// becomes a one-item list, input object fields follow the type's field order and missing fields with
/// defaults are filled in. Used by introspection's <c>defaultValue</c> and by the SDL printer.
/// </summary>
public static class DefaultValues
{
    /// <summary>The printed default of an argument or input field, or null when it has none.</summary>
    public static string? Print(InputValue value) =>
        value.DefaultValue is null ? null : AstPrinter.Print(Normalize(value.DefaultValue, value.Type));

    public static IValueNode Normalize(IValueNode literal, IType type)
    {
        if (type is NonNullType nonNull)
        {
            return Normalize(literal, nonNull.OfType);
        }

        if (literal is NullValueNode or VariableNode)
        {
            return literal;
        }

        switch (type)
        {
            case ListType list:
                return literal is ListValueNode items
                    ? new ListValueNode(items.Items.Select(item => Normalize(item, list.OfType)).ToList())
                    : new ListValueNode([Normalize(literal, list.OfType)]); // input coercion wraps a single value in a list
            case InputObjectType inputObject when literal is ObjectValueNode obj:
                var given = new Dictionary<string, IValueNode>();
                foreach (var field in obj.Fields)
                {
                    given.TryAdd(field.Name.Value, field.Value);
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    var value = given.GetValueOrDefault(field.Name) ?? field.DefaultValue;
                    if (value is not null)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), Normalize(value, field.Type)));
                    }
                }

                return new ObjectValueNode(fields);
            case ILeafType leaf:
                try
                {
                    return leaf.ValueToLiteral(leaf.ParseLiteral(literal)) ?? literal;
                }
                catch (CoercionException)
                {
                    return literal; // an invalid default is reported by validation, not here
                }

            default:
                return literal;
        }
    }
}
