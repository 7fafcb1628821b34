using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>An argument of a field or directive.</summary>
public sealed class Argument(string name, IInputType type, string? description = null, IValueNode? defaultValue = null)
    : InputValue(name, type, description, defaultValue);
