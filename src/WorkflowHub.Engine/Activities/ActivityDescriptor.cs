using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Activities;

/// <summary>How a property's literal value is checked (an '=' expression is always accepted if it parses).</summary>
public enum PropertyKind { Text, Expression, Condition, Duration, Instant, Cron, Boolean, Number, StringList, Json, Script, FormFields, Cases, Choice }

public sealed record PropertyDescriptor(
    string Name,
    PropertyKind Kind,
    bool Required = false,
    string? Description = null,
    JsonNode? Default = null,
    IReadOnlyList<string>? Choices = null);

/// <summary>What the designer's palette and the validator know about an activity type.</summary>
public sealed record ActivityDescriptor(
    string Type,
    string DisplayName,
    string Category,
    string Description,
    IReadOnlyList<PropertyDescriptor> Properties);
