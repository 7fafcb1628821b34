using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField(string name, IInputType type, string? description = null, IValueNode? defaultValue = null)
    : InputValue(name, type, description, defaultValue);
