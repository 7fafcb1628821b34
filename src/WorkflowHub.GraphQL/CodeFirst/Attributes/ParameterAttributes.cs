namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>The parameter is taken from the request's services, not from the GraphQL arguments.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>The parameter receives the parent value (the object whose field is resolved).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

/// <summary>The parameter receives the request-wide state entry with this key (the parameter name when none is given).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class GlobalStateAttribute(string? key = null) : Attribute
{
    public string? Key { get; } = key;
}

/// <summary>The parameter of a subscription field resolver that receives the event.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventMessageAttribute : Attribute;

/// <summary>
/// On a subscription field method: <see cref="With"/> names the method of the same class that
/// returns the event stream (<see cref="IAsyncEnumerable{T}"/>); this method maps each event,
/// received through an <see cref="EventMessageAttribute"/> parameter, to the field's value.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute : Attribute
{
    public string? With { get; set; }
}
