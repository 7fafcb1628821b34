using System.Text.Json.Nodes;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>
/// Waits for the paths of its Fork: "all" continues when every incoming connection has delivered
/// a path; "any" continues with the first and cancels the rest of the Fork's branches.
/// </summary>
public sealed class Join : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Join", "Join", "Flow", "Brings a Fork's branches back together.",
    [
        new("mode", PropertyKind.Choice, Description: "all: wait for every branch; any: continue with the first, cancel the others", Default: "all", Choices: ["all", "any"]),
    ]);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var mode = context.GetString("mode") ?? "all";
        var state = JoinState.Of(context.State);
        if (state.Fired) return ValueTask.FromResult(new ActivityResult(true, [])); // a straggler after "any" fired

        if (mode == "any")
        {
            state.Fired = true;
            if (context.Graph.ForkOf(context.Activity.Id) is { } fork)
                context.CancelPathsIn(context.Graph.BetweenForkAndJoin(fork, context.Activity.Id));
            return ValueTask.FromResult(ActivityResult.Done());
        }

        if (context.ArrivedVia is { } via) state.Arrive(via);
        var expected = context.Definition.Incoming(context.Activity.Id).Select(c => c.Index).ToHashSet();
        if (!expected.IsSubsetOf(state.Arrivals)) return ValueTask.FromResult(new ActivityResult(true, []));
        state.Clear();
        return ValueTask.FromResult(ActivityResult.Done());
    }
}

/// <summary>A Join's arrivals, kept in the instance's persistent activity state.</summary>
internal sealed class JoinState(JsonObject state)
{
    public static JoinState Of(JsonObject state) => new(state);

    public static void Reset(ActivityContext fork, string joinId) => fork.StateOf(joinId).Clear();

    public bool Fired
    {
        get => state["fired"]?.GetValue<bool>() ?? false;
        set => state["fired"] = value;
    }

    public HashSet<int> Arrivals => (state["arrived"] as JsonArray ?? []).Select(n => n!.GetValue<int>()).ToHashSet();

    public void Arrive(int connection)
    {
        if (state["arrived"] is not JsonArray arrived) state["arrived"] = arrived = [];
        if (!arrived.Any(n => n!.GetValue<int>() == connection)) arrived.Add(connection);
    }

    public void Clear() => state.Clear();
}
