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

/// <summary>How a property adds outcomes, so the designer can draw an activity's outcome handles as it is edited.</summary>
public enum DynamicOutcomeKind
{
    /// <summary>Each string of the list property is an outcome (HumanTask <c>outcomes</c>, Fork <c>branches</c>).</summary>
    EachItem,
    /// <summary>Each case object's <c>outcome</c> (Switch <c>cases</c>).</summary>
    EachCase,
    /// <summary>The property's value, or its default, when the property <see cref="DynamicOutcomes.WhenSet"/> is set (HumanTask <c>deadlineOutcome</c>).</summary>
    ValueWhenSet,
    /// <summary><see cref="DynamicOutcomes.Outcome"/> when the boolean property is true (StartWorkflow <c>wait</c> adds Cancelled).</summary>
    FixedWhenTrue,
}

public sealed record DynamicOutcomes(string Property, DynamicOutcomeKind Kind, string Description, string? WhenSet = null, string? Outcome = null);

/// <summary>
/// The outcomes of a type whose outcomes depend on its properties: those it always has, and the rules that add the
/// rest. Types without it have the fixed outcomes their <see cref="IActivity.Outcomes"/> gives an unconfigured activity.
/// </summary>
public sealed record OutcomeRules(IReadOnlyList<string> Fixed, IReadOnlyList<DynamicOutcomes> Dynamic);

/// <summary>What the designer's palette and the validator know about an activity type.</summary>
public sealed record ActivityDescriptor(
    string Type,
    string DisplayName,
    string Category,
    string Description,
    IReadOnlyList<PropertyDescriptor> Properties,
    OutcomeRules? Outcomes = null);
