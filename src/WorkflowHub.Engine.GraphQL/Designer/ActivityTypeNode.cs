using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Engine.GraphQL.Designer;

[GraphQLName("ActivityType")]
[GraphQLDescription("A registered activity type (built-in or from a domain module), as the designer's palette shows it.")]
public sealed class ActivityTypeNode
{
    public required string Type { get; init; }
    public required string DisplayName { get; init; }
    [GraphQLDescription("Palette group: Flow, People, Time, Data, Messaging, Events, or a domain's own.")]
    public required string Category { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<ActivityPropertyNode> Properties { get; init; }
    public required ActivityOutcomesNode Outcomes { get; init; }

    public static ActivityTypeNode From(IActivity activity)
    {
        var d = activity.Descriptor;
        return new ActivityTypeNode
        {
            Type = d.Type,
            DisplayName = d.DisplayName,
            Category = d.Category,
            Description = d.Description,
            Properties = d.Properties.Select(ActivityPropertyNode.From).ToList(),
            Outcomes = ActivityOutcomesNode.From(activity),
        };
    }
}

[GraphQLName("ActivityProperty")]
public sealed class ActivityPropertyNode
{
    public required string Name { get; init; }
    [GraphQLDescription("How the value is checked and edited: DURATION (ISO-8601 or 2h/7d), CRON, INSTANT, EXPRESSION (text or '=' JavaScript), CONDITION, SCRIPT, FORM_FIELDS, CASES, STRING_LIST, CHOICE…")]
    public PropertyKind Kind { get; init; }
    public bool Required { get; init; }
    public string? Description { get; init; }
    [GraphQLDescription("The value used when the property is left out.")]
    public JsonNode? Default { get; init; }
    [GraphQLDescription("The allowed values of a CHOICE property.")]
    public IReadOnlyList<string>? Choices { get; init; }

    public static ActivityPropertyNode From(PropertyDescriptor p) => new()
    {
        Name = p.Name, Kind = p.Kind, Required = p.Required, Description = p.Description, Default = p.Default?.DeepClone(), Choices = p.Choices,
    };
}

[GraphQLName("ActivityOutcomes")]
[GraphQLDescription("The outcomes a type can produce: those it always has and the properties that add more. End has none (terminal).")]
public sealed class ActivityOutcomesNode
{
    public required IReadOnlyList<string> Fixed { get; init; }
    public required IReadOnlyList<DynamicOutcomesNode> Dynamic { get; init; }
    [GraphQLDescription("True when the type never continues (End).")]
    public bool Terminal { get; init; }

    public static ActivityOutcomesNode From(IActivity activity)
    {
        var rules = activity.Descriptor.Outcomes;
        var fixedOutcomes = rules?.Fixed ?? UnconfiguredOutcomes(activity);
        var dynamic = (rules?.Dynamic ?? []).Select(DynamicOutcomesNode.From).ToList();
        return new ActivityOutcomesNode { Fixed = fixedOutcomes, Dynamic = dynamic, Terminal = fixedOutcomes.Count == 0 && dynamic.Count == 0 };
    }

    /// <summary>A type without outcome rules has the same outcomes however it is configured: those of a blank one.</summary>
    private static IReadOnlyList<string> UnconfiguredOutcomes(IActivity activity)
    {
        try
        {
            return activity.Outcomes(new ActivityDefinition("designer", activity.Descriptor.Type, null, new JsonObject(), 0)).ToList();
        }
        catch (Exception)
        {
            return [ActivityResult.DefaultOutcome];
        }
    }
}

[GraphQLName("DynamicOutcomes")]
public sealed class DynamicOutcomesNode
{
    public required string Property { get; init; }
    [GraphQLDescription("EACH_ITEM: each string of the list; EACH_CASE: each case's outcome; VALUE_WHEN_SET: the value (or default) when whenSet is set; FIXED_WHEN_TRUE: outcome when the property is true.")]
    public DynamicOutcomeKind Kind { get; init; }
    public string? WhenSet { get; init; }
    public string? Outcome { get; init; }
    public required string Description { get; init; }

    public static DynamicOutcomesNode From(DynamicOutcomes d) => new()
    {
        Property = d.Property, Kind = d.Kind, WhenSet = d.WhenSet, Outcome = d.Outcome, Description = d.Description,
    };
}
