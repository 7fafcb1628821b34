using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Activities;

/// <summary>What an activity asks the interpreter to do next.</summary>
public sealed record ActivityResult(bool Completed, IReadOnlyList<string> Outcomes, JsonNode? Output = null, bool EndsInstance = false)
{
    public const string DefaultOutcome = "Done";

    public static ActivityResult Done(string outcome = DefaultOutcome, JsonNode? output = null) => new(true, [outcome], output);

    public static ActivityResult DoneWith(IEnumerable<string> outcomes, JsonNode? output = null) => new(true, outcomes.ToList(), output);

    /// <summary>The activity waits on the bookmarks it created.</summary>
    public static ActivityResult Wait() => new(false, []);

    /// <summary>Follows an outcome while the activity keeps waiting (a non-interrupting deadline).</summary>
    public static ActivityResult EmitAndWait(string outcome) => new(false, [outcome]);

    public static ActivityResult EndInstance() => new(true, [], EndsInstance: true);
}
