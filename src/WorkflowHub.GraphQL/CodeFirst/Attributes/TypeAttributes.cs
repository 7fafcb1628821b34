namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// Sets the GraphQL type of a field, argument or input field explicitly, as a schema type such as
/// <c>NonNullType&lt;ListType&lt;IdType&gt;&gt;</c>, instead of inferring it from the CLR type.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public class GraphQLTypeAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

/// <inheritdoc cref="GraphQLTypeAttribute"/>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLTypeAttribute<TSchemaType>() : GraphQLTypeAttribute(typeof(TSchemaType));

/// <summary>
/// Makes an inferred type non-null whatever the C# annotation says. With arguments, says per nesting
/// level (outer type first, then list items) which levels are non-null: <c>[GraphQLNonNullType(true, false)]</c> on a list gives <c>[T]!</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNonNullTypeAttribute(params bool[] nonNull) : Attribute
{
    public IReadOnlyList<bool> NonNull { get; } = nonNull.Length == 0 ? [true] : nonNull;
}

/// <summary>Marks a field, argument or input field as <c>ID</c> (strings, numbers and GUIDs are written as ID strings).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class IDAttribute : Attribute;
