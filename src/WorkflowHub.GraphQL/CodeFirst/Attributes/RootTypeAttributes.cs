namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// A class whose public members become fields of another object type, named or given by its CLR
/// type: <c>[ExtendObjectType("Query")]</c>, <c>[ExtendObjectType(typeof(WorkflowInstance))]</c>.
/// Register it with <c>AddTypeExtension&lt;T&gt;()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(string name) => Name = name;

    public ExtendObjectTypeAttribute(Type type) => ExtendsType = type;

    /// <summary>The GraphQL name of the extended type, when given by name.</summary>
    public string? Name { get; }

    /// <summary>The CLR type (runtime type or type definition) of the extended type, when given by type.</summary>
    public Type? ExtendsType { get; }
}

/// <inheritdoc cref="ExtendObjectTypeAttribute"/>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExtendObjectTypeAttribute<T>() : ExtendObjectTypeAttribute(typeof(T));

/// <summary>The class's public members are fields of <c>Query</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QueryTypeAttribute() : ExtendObjectTypeAttribute("Query");

/// <summary>The class's public members are fields of <c>Mutation</c>; they run one after another.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MutationTypeAttribute() : ExtendObjectTypeAttribute("Mutation");

/// <summary>
/// The class's public members are fields of <c>Subscription</c>. A method returning
/// <see cref="IAsyncEnumerable{T}"/> (or a task of one) is the event stream of a field of type
/// <c>T</c>; each event is the field's value. See <see cref="SubscribeAttribute"/> to map events.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SubscriptionTypeAttribute() : ExtendObjectTypeAttribute("Subscription");
