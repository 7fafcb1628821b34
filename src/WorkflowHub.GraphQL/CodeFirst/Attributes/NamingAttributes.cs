namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Gives a type, field, argument or enum value the GraphQL name written here instead of the inferred one.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum |
                AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The description printed in SDL and shown by introspection.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum |
                AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}

/// <summary>Marks a field, argument, input field or enum value deprecated. <see cref="ObsoleteAttribute"/> does the same.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

/// <summary>Leaves a member out of the inferred schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class GraphQLIgnoreAttribute : Attribute;
