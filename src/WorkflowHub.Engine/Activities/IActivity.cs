using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities;

/// <summary>
/// An activity type. Implementations are stateless singletons: everything about one execution
/// lives in the <see cref="ActivityContext"/>. Register new types with <c>AddActivity&lt;T&gt;()</c>.
/// </summary>
public interface IActivity
{
    ActivityDescriptor Descriptor { get; }

    /// <summary>The outcomes an activity configured like this can produce; connections must use one.</summary>
    IEnumerable<string> Outcomes(ActivityDefinition activity) => [ActivityResult.DefaultOutcome];

    /// <summary>Checks beyond the descriptor's required properties and kinds.</summary>
    void Validate(ActivityDefinition activity, ActivityValidation validation) { }

    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Called when one of this execution's bookmarks is resumed.</summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context) =>
        throw new InvalidOperationException($"Activity type '{Descriptor.Type}' does not wait, so it cannot be resumed.");
}

/// <summary>Collects errors for one activity, with paths relative to the activity.</summary>
public sealed class ActivityValidation(string activityPath, List<ValidationError> errors)
{
    public void PropertyError(string property, string message) =>
        errors.Add(new ValidationError($"{activityPath}.properties.{property}", message));

    public void Error(string message) => errors.Add(new ValidationError(activityPath, message));
}
