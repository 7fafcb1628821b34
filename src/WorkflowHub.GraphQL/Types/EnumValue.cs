using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>One value of an enum: its GraphQL name and the runtime value it stands for (the name itself unless set).</summary>
public sealed class EnumValue : IHasName
{
    public EnumValue(string name, object? value = null, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
        Description = description;
    }

    public string Name { get; }

    /// <summary>What resolvers return and arguments receive for this value.</summary>
    public object Value { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public ISyntaxNode? SyntaxNode { get; init; }

    public override string ToString() => Name;
}
